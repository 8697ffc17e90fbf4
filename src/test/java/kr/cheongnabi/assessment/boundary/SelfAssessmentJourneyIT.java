package kr.cheongnabi.assessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * HR opens the year's senior officials' self-assessment, a senior official finds it on the home
 * page of a phone and takes it, someone else does not see it, and HR's report by person shows the
 * result.
 */
class SelfAssessmentJourneyIT extends BrowserTest {

  SelfAssessmentJourneyIT() {
    super("ko");
  }

  @Test
  void hrOpensItASeniorOfficialTakesItOnAPhoneAndTheReportShowsTheResult() {
    // A year no other test uses (one assessment a year): from 5100, after SelfAssessmentIT's.
    var year = 5100 + (int) (System.currentTimeMillis() / 60_000 % 4800);
    var unit = data.unit(TestData.unique("A"), "감사관실", "Inspector General Office");
    var number = TestData.unique("S");
    var director = data.employee(number, "정고위", unit);
    data.execute(
        "UPDATE employee SET senior_official = TRUE, position = '국장' WHERE id = " + director);
    var clerk = data.employee(TestData.unique("E"), "한주무", unit);
    var senior = account("senior", director);
    var colleague = account("clerk", clerk);
    var hr = account("officer", null, "HR");
    var key = TestData.unique("sa-bank-").toLowerCase();
    var title = TestData.unique("자가진단 ");
    var quizId =
        data.quiz(
            key,
            title,
            new String[] {"MOODLE", "청렴은 공직자의 기본이다.", "Integrity is basic.", "T"},
            new String[] {"MOODLE", "상품권은 선물로 받아도 된다.", "Vouchers are gifts.", "F"});
    data.execute(
        "UPDATE quiz_version SET assigned_only = TRUE, pass_mark_percent = 60,"
            + " time_limit_minutes = 2, attempts_allowed = 3 WHERE quiz_id = "
            + quizId);
    var due = LocalDate.of(year, 6, 30);
    try {
      // HR, at a desk.
      browser.viewport(1366, 900, false);
      browser.open("/hr/self-assessment.xhtml?year=" + year);
      browser.signIn(hr, PASSWORD);
      browser.find("#open\\:bank").click();
      System.out.println(
          "DEBUG "
              + ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeScript(
                      "var f = function (e) { return e ? e.outerHTML.slice(0, 400) : 'none'; }; return f(document.getElementById('open:bank_items')) + ' | ' + [].map.call(document.querySelectorAll('label'), function (l) { return l.outerHTML.slice(0, 200); }).join(' ;; ') + ' | ' + f(document.getElementById('open:bank_focus')) + ' | ' + f(document.getElementById('open:bank'));"));
      browser.find("#open\\:bank_items li[data-label*='" + key + "']").click();
      assertEquals(due.toString(), browser.find("#open\\:due_input").getAttribute("value"));
      browser.screenshot("self-assessment-open-1366");
      browser.find("#open\\:openButton").click();
      browser.waitFor("#assessmentTitle");
      assertTrue(browser.text().contains(year + "년 자가진단"), browser.text());
      assertTrue(browser.find("#factCredit").getText().contains("인정하지 않음"));
      assertTrue(personRow(number).contains("미완료"), "assigned, not completed yet");
      browser.signOut();

      // Someone who is not a senior official does not see it.
      browser.viewport(390, 844, true);
      browser.open("/me/quizzes.xhtml");
      browser.signIn(colleague, PASSWORD);
      browser.waitFor("#main");
      assertTrue(
          browser.driver().findElements(By.cssSelector("[data-quiz='" + key + "']")).isEmpty());
      browser.signOut();

      // The senior official, on a phone: the home page says what is due and by when.
      browser.open("/");
      browser.signIn(senior, PASSWORD);
      var dueItem = browser.find("#dueList");
      assertTrue(dueItem.getText().contains(title), dueItem.getText());
      assertTrue(dueItem.getText().contains(due.toString()), dueItem.getText());
      assertFalse(browser.scrollsSideways(), "the home page fits a phone");
      browser.screenshot("self-assessment-home-390");
      browser.open("/me/quizzes.xhtml");
      var card = browser.find("[data-quiz='" + key + "']");
      assertTrue(card.getText().contains("기한 " + due), card.getText());
      assertFalse(browser.scrollsSideways());

      browser.open("/me/quiz.xhtml?quiz=" + key);
      browser.find("#take\\:start").click();
      browser.waitForText("#take\\:number", "1번");
      browser.find("#take\\:yes").click();
      browser.waitFor("#take\\:outcome");
      browser.find("#take\\:next").click();
      browser.waitForText("#take\\:number", "2번");
      browser.find("#take\\:no").click();
      browser.waitFor("#take\\:outcome");
      browser.find("#take\\:finish").click();
      browser.waitFor("#result");
      assertTrue(browser.find("#result").getText().contains("2문항 중 2문항 정답"));
      assertFalse(browser.scrollsSideways(), "the quiz fits a phone");
      browser.screenshot("self-assessment-taken-390");
      browser.signOut();

      // HR's report by person.
      browser.viewport(1366, 900, false);
      browser.open("/hr/self-assessment.xhtml?year=" + year);
      browser.signIn(hr, PASSWORD);
      var row = personRow(number);
      var today = LocalDate.now(ZoneId.of("Asia/Seoul"));
      assertTrue(row.contains("정고위"), row);
      assertTrue(row.contains("국장"), row);
      assertTrue(row.contains(today.toString()), "completed today: " + row);
      assertTrue(row.contains("100%"), row);
      assertTrue(row.contains("예"), "passed: " + row);
      assertTrue(row.contains("1 / 3"), "one attempt of three: " + row);
      browser.screenshot("self-assessment-report-1366");

      browser.find("#report\\:show").click();
      browser.find("#report\\:show_items li[data-label='미완료자']").click();
      browser
          .waiting(Duration.ofSeconds(20))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> !d.findElement(By.id("report:people")).getText().contains(number));
      assertTrue(
          browser.find("#report\\:csv").getAttribute("href").contains("notCompleted=true"),
          "the export follows the filter");
      browser.viewport(390, 844, true);
      browser.open("/hr/self-assessment.xhtml?year=" + year);
      browser.waitFor("#report\\:people");
      assertFalse(browser.scrollsSideways(), "HR's page fits a phone too");
      browser.screenshot("self-assessment-report-390");
    } finally {
      // Offered to nobody of the tests that follow.
      data.execute(
          "UPDATE self_assessment SET closed_at = NOW(3), open_quiz_key = NULL"
              + " WHERE assessment_year = "
              + year);
    }
  }

  /** The text of the report's row of the employee with this number. */
  private String personRow(String number) {
    return browser.find("#report\\:people_data").findElements(By.tagName("tr")).stream()
        .map(r -> r.getText())
        .filter(t -> t.contains(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError(number + " is not in the report"));
  }
}
