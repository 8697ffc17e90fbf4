package kr.cheongnabi.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In-person sessions and external evidence in a real browser: a trainer schedules a session, an
 * employee registers and checks in with the code the trainer's page shows; the employee submits
 * training taken elsewhere and HR approves it.
 */
class SessionsAndEvidenceJourneyIT extends BrowserTest {

  private String learner;
  private String trainer;
  private String hr;
  private String employeeNumber;
  private long employee;

  SessionsAndEvidenceJourneyIT() {
    super("ko");
  }

  @BeforeEach
  void anEmployeeATrainerAndHr() {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    employeeNumber = TestData.unique("E");
    employee = data.employee(employeeNumber, "송참석", unit);
    learner = account("goer", employee);
    trainer = account("trainer", null, "TRAINER");
    hr = account("hr", null, "HR");
  }

  @Test
  void anEmployeeRegistersChecksInWithTheCodeShownAndSeesTheSessionAttended() throws Exception {
    var title = TestData.unique("청렴 대면교육 ");
    browser.open("/trainer/sessions.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.type("#edit\\:titleKo", title);
    browser.type("#edit\\:titleEn", "Face-to-face integrity training");
    var start =
        LocalDateTime.now(ZoneId.of("Asia/Seoul"))
            .plusMinutes(5)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    typeDate("#edit\\:start_input", start);
    browser.type("#edit\\:duration", "60");
    browser.type("#edit\\:place", "시청 별관 2층");
    browser.type("#edit\\:capacity", "5");
    browser.find("#edit\\:faceToFace .ui-chkbox-box").click();
    browser.find("#edit\\:save").click();
    browser.waitForText("#sessions\\:table", title);
    var session = data.count("SELECT id FROM training_session WHERE title_ko = '" + title + "'");
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='sessions:table']//tr[contains(., '"
                    + title
                    + "')]//button[contains(@class,'edit')]"))
        .click();
    browser.waitForText("#edit", "교육 수정");
    browser.type("#edit\\:place", "시청 별관 3층 대회의실");
    browser.find("#edit\\:save").click();
    browser.waitForText("#sessions\\:table", "시청 별관 3층 대회의실");
    browser.signOut();

    browser.open("/me/sessions.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#mine\\:open");
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='mine:open']//tr[contains(., '"
                    + title
                    + "')]//button[contains(@class,'register')]"))
        .click();
    browser.waitForText("#mine\\:registered", title);
    browser.screenshot("sessions-employee-registered");
    browser.signOut();

    browser.open("/trainer/checkin.xhtml?session=" + session);
    browser.signIn(trainer, PASSWORD);
    var code = browser.find("#code").getText().strip();
    assertTrue(code.matches("[A-Z2-9]{6}"), code);
    browser
        .waiting(Duration.ofSeconds(20))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "var i = document.querySelector('img.checkin-qr');"
                                + " return i.complete && i.naturalWidth > 0;"));
    browser.screenshot("sessions-checkin-code");
    browser.signOut();

    browser.open("/me/checkin.xhtml?session=" + session + "&code=" + code);
    browser.signIn(learner, PASSWORD);
    browser.find("#checkin\\:go").click();
    browser.waitForText(".ui-messages-info", "60분");
    browser.open("/me/sessions.xhtml");
    browser.waitForText("#mine\\:attended", title);
    assertTrue(browser.find("#mine\\:attended").getText().contains("60분"));
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#mine\\:attended", "60 min");
    browser.screenshot("sessions-employee-attended-en");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM session_attendance WHERE method = 'CHECK_IN' AND session_id = "
                + session));
    browser.signOut();

    browser.open("/trainer/session.xhtml?session=" + session);
    browser.signIn(trainer, PASSWORD);
    browser.waitForText("#checklist\\:roster", employeeNumber);
    var roster = browser.find("#checklist\\:roster").getText();
    assertTrue(roster.contains("Check-in, 60 min") || roster.contains("출석 코드, 60분"), roster);
    var csv = Files.createTempDirectory("attendance").resolve("attendance.csv");
    Files.writeString(csv, "employee_number,name\n" + employeeNumber + ",송참석\nNOBODY-1,없음\n");
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(csv.toAbsolutePath().toString());
    browser.find("#upload\\:send").click();
    browser.waitForText("#upload\\:problems", "NOBODY-1");
    var problems = browser.find("#upload\\:problems tbody").getText();
    assertTrue(problems.startsWith("3 employee_number"), problems);
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM session_attendance WHERE session_id = " + session));
    browser.screenshot("sessions-trainer-roster");
  }

  @Test
  void anEmployeeSubmitsACertificateHrApprovesItAndTheEmployeeSeesItApproved() throws Exception {
    var title = TestData.unique("청탁금지법 온라인 과정 ");
    submitAccepted(title, LocalDate.now().minusDays(10).toString(), "1.5");
    browser.waitForText("#claims", title);
    assertTrue(browser.find("#claims").getText().contains("심사 대기"));
    browser.signOut();

    browser.open("/hr/evidence.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#review\\:pending", title);
    browser.screenshot("evidence-hr-pending");
    var claim = data.count("SELECT id FROM evidence_claim WHERE title = '" + title + "'");
    var certificate = fetch("/evidence/certificate?claim=" + claim);
    assertEquals(200, certificate.statusCode());
    var type = certificate.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/pdf"), type);
    assertEquals("nosniff", certificate.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(new String(certificate.body(), StandardCharsets.US_ASCII).startsWith("%PDF-1.4"));
    approve(title);
    browser.signOut();

    browser.open("/me/evidence.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitForText("#claims", "90분 인정");
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#claims", "Approved");
    browser.screenshot("evidence-employee-approved-en");
    assertEquals(
        "APPROVED", data.text("SELECT state FROM evidence_claim WHERE title = '" + title + "'"));
  }

  @Test
  void hoursReadTheSameOnEveryPageThePartsAddUpAndTheHistoryIsNewestFirst() throws Exception {
    // 345 minutes of a quiz passed today, and 90 minutes taken ten days ago but credited after
    // it: 435 minutes, once shown as 7.3 hours to the employee and 7.2 hours to HR.
    var title = TestData.unique("외부 청렴 연수 ");
    submitAccepted(title, LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(10).toString(), "1.5");
    browser.waitForText("#claims", title);
    var quizKey = TestData.unique("long-").toLowerCase();
    var quizId =
        data.quiz(quizKey, "긴 퀴즈", new String[] {"MOODLE", "청렴은 중요하다.", "Integrity.", "T"});
    data.execute("UPDATE quiz_version SET credit_minutes = 345 WHERE quiz_id = " + quizId);
    browser.answerOnceWithO(quizKey);
    browser.signOut();

    browser.open("/hr/evidence.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#review\\:pending", title);
    approve(title);
    browser.open("/hr/employee.xhtml?id=" + employee);
    browser.waitForText("#total", "7시간 15분(435분)");
    browser.signOut();

    browser.open("/me/training.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitForText("#training\\:headline", "7시간 15분 이수 / 목표 5시간");
    var split = browser.find(".split").getText();
    assertTrue(split.contains("외부") && split.contains("1시간 30분"), split);
    assertTrue(split.contains("온라인") && split.contains("5시간 45분"), split);
    var rows = browser.driver().findElements(By.cssSelector("#training\\:history_data tr"));
    assertEquals(2, rows.size());
    assertTrue(
        rows.get(0).getText().contains("긴 퀴즈"),
        "today's quiz first, though the claim was credited after it: " + rows.get(0).getText());
    assertTrue(rows.get(1).getText().contains(title), rows.get(1).getText());
    assertTrue(rows.get(1).getText().contains("1시간 30분"), rows.get(1).getText());
    browser.screenshot("my-training-hours");
  }

  @Test
  void anEmployeeIsToldTrainingBeforeTheirHireDateDoesNotCount() throws Exception {
    var title = TestData.unique("입사 전 교육 ");
    submitEvidence(title, "2019-12-30", "2");

    browser.waitForText(".ui-messages-error", "교육일은 입사일(2020-03-02) 이전일 수 없습니다.");
    browser.screenshot("evidence-before-hire-ko");
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM evidence_claim WHERE title = '" + title + "'"));
  }

  /** HR, on the claims waiting, approves the one of this title. */
  private void approve(String title) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//*[@id='review:pending']//tr[contains(., '"
                    + title
                    + "')]//button[contains(@class,'approve')]"))
        .click();
    browser.waitForText(".ui-messages-info", "승인");
  }

  /** The learner signs in and submits a claim with a small PDF certificate. */
  private void submitEvidence(String title, String takenOn, String hours) throws Exception {
    browser.open("/me/evidence.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.type("#evidence\\:title", title);
    browser.type("#evidence\\:provider", "국민권익위원회 청렴연수원");
    typeDate("#evidence\\:takenOn_input", takenOn);
    browser.type("#evidence\\:hours", hours);
    var pdf = Files.createTempDirectory("evidence").resolve("수료증.pdf");
    Files.write(
        pdf,
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    browser
        .driver()
        .findElement(By.cssSelector("#evidence input[type=file]"))
        .sendKeys(pdf.toAbsolutePath().toString());
    browser.find("#evidence\\:submit").click();
  }

  /** Submits a claim that must be accepted: waits for its row, or fails naming what was wrong. */
  private void submitAccepted(String title, String takenOn, String hours) throws Exception {
    submitEvidence(title, takenOn, hours);
    browser
        .waiting(Duration.ofSeconds(60))
        .until(
            d ->
                !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error li"))
                        .isEmpty()
                    || d.findElements(By.cssSelector("#claims")).stream()
                        .anyMatch(claims -> claims.getText().contains(title)));
    // a refused claim names what was wrong, instead of a wait for a row that never comes
    var problems =
        browser
            .driver()
            .findElements(By.cssSelector(".ui-message-error, .ui-messages-error li"))
            .stream()
            .map(WebElement::getText)
            .toList();
    if (!problems.isEmpty()) {
      browser.screenshot("evidence-refused");
    }
    assertEquals(List.of(), problems, "the claim was refused");
  }

  /** A GET in the browser's signed-in session, to see the response's headers. */
  private HttpResponse<byte[]> fetch(String path) throws Exception {
    var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    var request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
            .header("Cookie", "JSESSIONID=" + cookie.getValue())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  // On a busy machine the date picker can still be setting itself up when the date is typed, and
  // lose it: type until the field holds the value, and close the picker.
  private void typeDate(String css, String value) {
    browser
        .waiting(Duration.ofSeconds(30))
        .until(
            d -> {
              browser.type(css, value);
              browser.find(css).sendKeys(Keys.ESCAPE);
              return value.equals(browser.find(css).getAttribute("value"));
            });
  }
}
