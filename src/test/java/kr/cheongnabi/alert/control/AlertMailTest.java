package kr.cheongnabi.alert.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import org.junit.jupiter.api.Test;

class AlertMailTest {

  private static final String URL = "https://cheongnabi.example.go.kr/";

  private static DueAlert alert(AlertStage stage, AlertRecipient to, String language, String key) {
    return new DueAlert(
        7,
        stage,
        to,
        "kim@example.go.kr",
        language,
        "김청렴",
        "이해충돌방지법 기초",
        "Conflict of interest basics",
        90,
        LocalDate.of(2026, 11, 30),
        key);
  }

  @Test
  void aKoreanReaderGetsKoreanWithTheDateAsKoreansWriteItAndALinkToTheModule() {
    var mail =
        AlertMail.of(
            alert(AlertStage.BEFORE, AlertRecipient.EMPLOYEE, null, "coi-101"), Optional.of(URL));

    assertEquals("[청렴나비] 보충 교육 마감 안내: 이해충돌방지법 기초 (2026년 11월 30일까지)", mail.subject());
    assertTrue(mail.body().startsWith("김청렴 님, 안녕하세요."), mail.body());
    assertTrue(mail.body().contains("(1시간 30분)"), mail.body());
    assertTrue(mail.body().contains(URL + "me/module.xhtml?module=coi-101"), mail.body());
  }

  @Test
  void anEnglishReaderGetsEnglishOnTheDueDate() {
    var mail =
        AlertMail.of(
            alert(AlertStage.ON, AlertRecipient.EMPLOYEE, "en", "coi-101"),
            Optional.of("https://cheongnabi.example.go.kr"));

    assertEquals("[Cheongnabi] Due today: Conflict of interest basics", mail.subject());
    assertTrue(mail.body().contains("is due today, November 30, 2026"), mail.body());
    assertTrue(mail.body().contains("(1 h 30 min)"), mail.body());
    assertTrue(
        mail.body().contains("https://cheongnabi.example.go.kr/me/module.xhtml?module=coi-101"));
  }

  @Test
  void anAssignedSessionLinksToTheSessionsPageAndWithoutPublicUrlThereIsNoLink() {
    var session = alert(AlertStage.AFTER, AlertRecipient.EMPLOYEE, "ko", null);

    assertTrue(AlertMail.of(session, Optional.of(URL)).body().contains(URL + "me/sessions.xhtml"));
    assertFalse(AlertMail.of(session, Optional.empty()).body().contains("http"));
  }

  @Test
  void theUnitHeadIsToldWhoseTrainingIsOverdueWithoutTheEmployeesLink() {
    var mail =
        AlertMail.of(
            alert(AlertStage.AFTER, AlertRecipient.UNIT_HEAD, "en", "coi-101"), Optional.of(URL));

    assertEquals(
        "[Cheongnabi] Overdue follow-up training of 김청렴: Conflict of interest basics",
        mail.subject());
    assertTrue(mail.body().contains("assigned to 김청렴 of your unit was due on November 30, 2026"));
    assertFalse(mail.body().contains(URL), mail.body());
  }
}
