package kr.cheongnabi.followup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The home page as the person's standing this year: hours done of the target and what is left, what
 * is due and by when, and the sessions they registered for; links to their areas.
 */
class HomeIT extends BrowserTest {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  HomeIT() {
    super("ko");
  }

  @Test
  void theHomePageShowsHoursLeftWhatIsDueSoonestFirstAndSessionsComingUp() {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    var employee = data.employee(TestData.unique("E"), "홍현황", unit);
    var learner = account("home", employee);
    var today = LocalDate.now(KOREA);
    var year = Year.now(KOREA).getValue();

    var quizKey = TestData.unique("home-").toLowerCase();
    var quizTitle = TestData.unique("홈 퀴즈 ");
    var quizId =
        data.quiz(quizKey, quizTitle, new String[] {"MOODLE", "청렴은 중요하다.", "Integrity.", "T"});
    data.execute("UPDATE quiz_version SET credit_minutes = 75 WHERE quiz_id = " + quizId);

    var followUpTitle = TestData.unique("후속 과정 ");
    var followUp = data.module(TestData.unique("fu-").toLowerCase(), 90, null, "소개");
    data.execute(
        "UPDATE training_module SET title_ko = '%s' WHERE id = %d"
            .formatted(followUpTitle, followUp));
    data.execute(
        ("INSERT INTO follow_up_assignment (employee_id, training_year, module_id, item_key,"
                + " minutes, due_date, assigned_by, assigned_at) VALUES (%d, %d, %d, 'module:%d',"
                + " 90, '%s', 'hr', NOW(3))")
            .formatted(employee, year, followUp, followUp, today.plusDays(20)));

    var moduleTitle = TestData.unique("열린 과정 ");
    var module = data.module(TestData.unique("open-").toLowerCase(), 60, null, "소개");
    data.execute(
        "UPDATE training_module SET title_ko = '%s', available_until = '%s' WHERE id = %d"
            .formatted(moduleTitle, today.plusDays(40), module));

    var sessionTitle = TestData.unique("청렴 특강 ");
    data.execute(
        ("INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, registered, face_to_face, published, check_in_secret) VALUES ('%s',"
                + " 'Integrity talk', UTC_TIMESTAMP(3) + INTERVAL 3 DAY, 120, '시청 대강당', 50, 1,"
                + " FALSE, TRUE, X'00')")
            .formatted(sessionTitle));
    var session = data.count("SELECT LAST_INSERT_ID()");
    data.execute(
        ("INSERT INTO session_registration (session_id, employee_id, registered_at,"
                + " registered_by) VALUES (%d, %d, NOW(3), 'self')")
            .formatted(session, employee));

    browser.open("/");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#homeStanding");
    assertEquals("0시간 이수 / 목표 5시간", browser.find("#homeHours").getText());
    assertTrue(browser.find("#homeLeft").getText().contains("목표까지 5시간 남았습니다"));
    var due = browser.find("#dueList").getText();
    assertTrue(due.contains(followUpTitle) && due.contains("후속 교육"), due);
    assertTrue(due.contains(today.plusDays(20) + "까지"), due);
    assertTrue(due.contains(moduleTitle) && due.contains(today.plusDays(40) + "까지"), due);
    assertTrue(due.contains(quizTitle) && due.contains("OX 퀴즈"), due);
    assertTrue(due.indexOf(followUpTitle) < due.indexOf(moduleTitle), "soonest due first: " + due);
    assertFalse(
        due.indexOf(moduleTitle) != due.lastIndexOf(moduleTitle)
            || due.indexOf(followUpTitle) != due.lastIndexOf(followUpTitle),
        "a module assigned as follow-up is listed once: " + due);
    assertTrue(browser.find("#sessionList").getText().contains(sessionTitle));
    assertTrue(browser.find("#homeAreas").getText().contains("내 교육"));
    browser.screenshot("home-1280");
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    browser.screenshot("home-390");
    browser.driver().manage().window().setSize(new Dimension(1280, 900));

    browser.answerOnceWithO(quizKey);

    browser.open("/");
    browser.waitForText("#homeHours", "1시간 15분 이수 / 목표 5시간");
    assertTrue(browser.find("#homeLeft").getText().contains("목표까지 3시간 45분 남았습니다"));
    assertFalse(browser.find("#dueList").getText().contains(quizTitle), "the quiz is passed");
  }

  @Test
  void anHrOfficerSeesTheirOwnStandingAndShortLinksToTheirArea() {
    var unit = data.unit(TestData.unique("U"), "인사과", "Personnel");
    var officer = account("hrhome", data.employee(TestData.unique("E"), "최현황", unit), "HR");
    browser.open("/");
    browser.signIn(officer, PASSWORD);
    browser.open("/index.xhtml");
    browser.waitFor("#homeStanding");
    assertTrue(browser.find("#homeHours").getText().contains("목표 5시간"));
    assertTrue(browser.find("#tileHrDashboard").isDisplayed());
    assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("tileAccounts")).isEmpty());
  }
}
