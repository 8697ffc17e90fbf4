package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.Deployments;
import kr.cheongnabi.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * OX quizzes in a real browser: an employee takes them, a trainer uploads them and sees how they
 * went.
 */
@ExtendWith(ArquillianExtension.class)
class QuizTakingIT {

  private static final String PASSWORD = "quiz-taker-42";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private TestData data;
  private Browser browser;
  private String learner;
  private long employee;

  @BeforeEach
  void anEmployeeWhoCanSignIn() {
    data = new TestData();
    var unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Officer");
    employee = data.employee(TestData.unique("E"), "박응시", unit);
    learner = TestData.unique("learner").toLowerCase();
    data.account(learner, PASSWORD, employee);
    browser = new Browser(base.toString(), "ko");
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
    data.close();
  }

  @Test
  void halfAQuizSurvivesAReloadAndTheEndShowsEveryExplanation() {
    browser.open("/me/quizzes.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#quizCards");
    browser.driver().findElement(By.cssSelector("a.quiz-open[href*='quiz=graft-act']")).click();

    for (int i = 1; i <= 6; i++) {
      browser.waitForText("#take\\:number", i + "번");
      browser.find(i % 2 == 0 ? "#take\\:no" : "#take\\:yes").click();
      browser.waitFor("#take\\:outcome");
      if (i == 1) {
        assertTrue(browser.find("#take\\:outcome").getText().contains("정답은"));
        browser.screenshot("quiz-answered");
      }
      browser.find("#take\\:next").click();
    }
    browser.waitForText("#take\\:number", "7번");

    browser.driver().navigate().refresh();
    browser.waitForText("#take\\:number", "13문항 중 7번");
    assertEquals(
        6,
        data.count(
            "SELECT COUNT(*) FROM quiz_answer a JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.employee_id = "
                + employee));

    for (int i = 7; i <= 13; i++) {
      browser.waitForText("#take\\:number", i + "번");
      browser.driver().findElement(By.tagName("body")).sendKeys(i % 2 == 0 ? "x" : "o");
      browser.waitFor("#take\\:outcome");
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ENTER);
    }
    browser.waitFor("#result");
    var review = browser.find("#result").getText();
    assertTrue(review.contains("13문항 중"), review);
    assertEquals(13, browser.driver().findElements(By.cssSelector("#result .review li")).size());
    assertEquals(
        13, browser.driver().findElements(By.cssSelector("#result .review .explanation")).size());
    browser.screenshot("quiz-result");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM quiz_attempt WHERE finished_at IS NOT NULL AND employee_id = "
                + employee));
  }

  @Test
  void aTrainerUploadsAFileWithAnErrorSeesFileAndLineThenUploadsTheFix() throws Exception {
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var key = TestData.unique("upload-").toLowerCase();
    var bad =
        """
        // @quiz %1$s
        // @title.ko 올리기 시험
        // @title.en Upload test

        // @en Gifts of cash are fine.
        ::%1$s-01::현금 선물은 괜찮다.{false}
        """
            .formatted(key);
    var folder = java.nio.file.Files.createTempDirectory("gift");
    var badFile = folder.resolve(key + ".gift");
    java.nio.file.Files.writeString(badFile, bad);

    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    uploadQuiz(badFile);
    browser.waitFor("#upload\\:problems");
    var problems = browser.find("#upload\\:problems").getText();
    assertTrue(problems.contains(key + ".gift") && problems.contains("6"), problems);
    assertTrue(problems.contains("{false}"), problems);
    browser.screenshot("trainer-upload-rejected");
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));

    java.nio.file.Files.writeString(badFile, bad.replace("{false}", "{F}"));
    uploadQuiz(badFile);
    browser.waitForText(".ui-messages-info", key);
    assertTrue(browser.find("#quizzes\\:table").getText().contains(key));
    assertEquals(1, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));
  }

  @Test
  void aTrainerSeesTheFinishedAttemptAndWhichStatementWasAnsweredWronglyPerVersion()
      throws Exception {
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var key = TestData.unique("stats-").toLowerCase();
    data.quiz(
        key,
        "청탁금지법 통계 시험",
        new String[] {
          "MOODLE",
          "상품권은 5만 원까지 선물로 받아도 된다.",
          "Gift certificates up to 50,000 won may be accepted as gifts.",
          "F"
        },
        new String[] {
          "MOODLE",
          "사적이해관계는 안 날부터 14일 안에 신고해야 한다.",
          "A private interest must be reported within 14 days of learning of it.",
          "T"
        });

    browser.open("/trainer/statistics.xhtml?quiz=" + key);
    browser.signIn(trainer, PASSWORD);
    browser.waitFor("#chart");
    assertEquals("0", browser.find("#finished").getText());
    assertEquals("아직 없음", browser.find("#passRate").getText());
    assertEquals(2, browser.driver().findElements(By.cssSelector("#statistics .none")).size());
    browser.screenshot("trainer-statistics-empty");
    browser.signOut();

    browser.open("/me/quiz.xhtml?quiz=" + key);
    browser.signIn(learner, PASSWORD);
    browser.waitForText("#take\\:number", "1번");
    browser.find("#take\\:yes").click();
    browser.waitFor("#take\\:outcome");
    browser.find("#take\\:next").click();
    browser.waitForText("#take\\:number", "2번");
    browser.find("#take\\:yes").click();
    browser.find("#take\\:finish").click();
    browser.waitFor("#result");
    browser.signOut();

    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.find("#quizzes a[href$='quiz=" + key + "']").click();
    browser.waitFor("#chart");
    assertEquals("1", browser.find("#finished").getText());
    assertEquals(
        "1", browser.find("#passed").getText(), "one of two right reaches the mark of 50%");
    assertEquals("100%", browser.find("#passRate").getText());
    var rows = browser.driver().findElements(By.cssSelector("#chart tbody tr"));
    assertTrue(rows.get(0).getText().contains("상품권"), "the statement answered wrongly first");
    assertTrue(rows.get(0).getText().contains("응답 1건 중 1건 오답(100%)"), rows.get(0).getText());
    assertEquals(
        "width: 100%;", rows.get(0).findElement(By.cssSelector(".fill")).getAttribute("style"));
    assertTrue(rows.get(1).getText().contains("응답 1건 중 0건 오답(0%)"), rows.get(1).getText());
    browser.screenshot("trainer-statistics");

    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#chart", "1 of 1 wrong (100%)");
    assertTrue(browser.find("#chart").getText().contains("Gift certificates"));
    browser.screenshot("trainer-statistics-en");

    var file = Files.createTempDirectory("gift").resolve(key + ".gift");
    Files.writeString(
        file,
        """
        // @quiz %1$s
        // @title.ko 청탁금지법 통계 시험
        // @title.en Graft act statistics test

        // @en Gift certificates are permitted gifts.
        ::%1$s-1::상품권은 허용되는 선물이다.{F}
        """
            .formatted(key));
    browser.open("/trainer/quizzes.xhtml");
    uploadQuiz(file);
    browser.waitForText(".ui-messages-info", key);
    browser.open("/trainer/statistics.xhtml?quiz=" + key);
    browser.waitForText("#chart", "No answers yet");
    assertEquals("0", browser.find("#finished").getText(), "a new version starts from nothing");
    var first =
        data.count(
            "SELECT v.id FROM quiz_version v JOIN quiz q ON q.id = v.quiz_id WHERE v.version_no = 1"
                + " AND q.quiz_key = '"
                + key
                + "'");
    // selectValue alone is silent; the change event is what a click on the item sends.
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PF('version').selectValue(arguments[0]); PF('version').triggerChange();",
            String.valueOf(first));
    browser.waitForText("#chart", "1 of 1 wrong (100%)");
    assertEquals("1", browser.find("#finished").getText());
  }

  private void uploadQuiz(java.nio.file.Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.find("#upload\\:send").click();
  }

  @Test
  void quizTextWithAScriptStaysInert() {
    var key = TestData.unique("inert-").toLowerCase();
    data.quiz(
        key,
        "스크립트 시험",
        new String[] {
          "HTML",
          "<b>굵게</b> 쓴 문장<script>window.hacked = true;</script><img src=x onerror=\"window.hacked = true\">",
          "A <b>bold</b> statement<script>window.hacked = true;</script>",
          "T"
        });

    browser.open("/me/quiz.xhtml?quiz=" + key);
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#statement b");
    var hacked =
        ((JavascriptExecutor) browser.driver()).executeScript("return window.hacked === true;");
    assertFalse((Boolean) hacked, "a script in quiz text ran");
    assertTrue(browser.driver().findElements(By.cssSelector("#statement script")).isEmpty());
    assertTrue(browser.find("#statement").getText().contains("굵게"));
  }
}
