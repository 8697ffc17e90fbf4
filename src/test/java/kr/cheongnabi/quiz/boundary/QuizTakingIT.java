package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * OX quizzes in a real browser: an employee takes them; a trainer writes, previews and uploads
 * them, chooses who sees them and sees how they went.
 */
class QuizTakingIT extends BrowserTest {

  private String learner;
  private long employee;

  QuizTakingIT() {
    super("ko");
  }

  @BeforeEach
  void anEmployeeWhoCanSignIn() {
    var unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Officer");
    employee = data.employee(TestData.unique("E"), "박응시", unit);
    learner = account("learner", employee);
  }

  @Test
  void halfAQuizSurvivesAReloadAndTheEndShowsEveryExplanation() {
    var key = TestData.unique("half-").toLowerCase();
    var statements = new String[8][];
    for (int i = 0; i < statements.length; i++) {
      statements[i] =
          new String[] {"MOODLE", "청렴 문장 " + (i + 1), "Integrity statement " + (i + 1), "T"};
    }
    var quizId = data.quiz(key, "반쯤 푼 퀴즈", statements);
    data.execute(
        "UPDATE quiz_statement SET explanation_format = 'PLAIN',"
            + " explanation_ko = CONCAT('해설 ', position), explanation_en = CONCAT('Why ', position)"
            + " WHERE quiz_version_id = (SELECT current_version_id FROM quiz WHERE id = "
            + quizId
            + ")");

    browser.open("/me/quizzes.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#quizCards");
    browser.find("[data-quiz='" + key + "'] .quiz-open").click();

    for (int i = 1; i <= 4; i++) {
      browser.waitForText("#take\\:number", i + "번");
      browser.find(i % 2 == 0 ? "#take\\:no" : "#take\\:yes").click();
      browser.waitFor("#take\\:outcome");
      if (i == 1) {
        assertTrue(browser.find("#take\\:outcome").getText().contains("정답은"));
        browser.screenshot("quiz-answered");
      }
      if (i < 4) {
        browser.find("#take\\:next").click();
      }
    }

    browser.driver().navigate().refresh();
    browser.waitForText("#take\\:number", "8문항 중 4번");
    assertTrue(
        browser.find("#take\\:outcome").getText().contains("정답은"),
        "after a reload the statement just answered shows its outcome");
    assertEquals(
        4,
        data.count(
            "SELECT COUNT(*) FROM quiz_answer a JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.employee_id = "
                + employee));
    browser.find("#take\\:next").click();
    browser.waitForText("#take\\:number", "8문항 중 5번");

    for (int i = 5; i <= 8; i++) {
      browser.waitForText("#take\\:number", i + "번");
      browser.driver().findElement(By.tagName("body")).sendKeys(i % 2 == 0 ? "x" : "o");
      browser.waitFor("#take\\:outcome");
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ENTER);
    }
    browser.waitFor("#result");
    var review = browser.find("#result").getText();
    assertTrue(review.contains("8문항 중"), review);
    assertTrue(review.contains("해설 7"), review);
    assertEquals(8, browser.driver().findElements(By.cssSelector("#result .review li")).size());
    assertEquals(
        8, browser.driver().findElements(By.cssSelector("#result .review .explanation")).size());
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
    assertTrue(problems.contains(key + ".gift"), problems);
    var rows = browser.driver().findElements(By.cssSelector("#upload\\:problems tbody tr"));
    assertEquals(1, rows.size(), problems);
    var cells = rows.get(0).findElements(By.tagName("td"));
    assertEquals(
        "6", cells.get(0).getText(), "the line of the statement with {false}: " + problems);
    assertTrue(cells.get(1).getText().contains("{false}"), problems);
    browser.screenshot("trainer-upload-rejected");
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));

    java.nio.file.Files.writeString(badFile, bad.replace("{false}", "{F}"));
    uploadQuiz(badFile);
    browser.waitForText(".ui-messages-info", key);
    assertTrue(browser.find("#quizzes\\:table").getText().contains(key));
    assertEquals(1, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));
  }

  @Test
  void aTrainerWritesAQuizInTheEditorPreviewsItAndSavesVersions() {
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var key = TestData.unique("edited-").toLowerCase();

    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.find("#quizzes\\:new").click();
    browser.type("#edit\\:id", key);
    browser.type("#edit\\:titleKo", "편집기 퀴즈");
    browser.type("#edit\\:titleEn", "Editor quiz");
    writeStatement(0, "선물은 5만 원까지 받을 수 있다.", "Gifts up to 50,000 KRW are allowed.", "X");
    browser.find("#edit\\:add").click();
    browser.waitFor("#edit\\:statements\\:1\\:textKo");
    browser.type("#edit\\:statements\\:1\\:textKo", "신고자는 보호받는다.");
    browser.find("#edit\\:save").click();

    // Statement 2 has no answer: named with its statement and field. English is optional.
    browser.waitForText(".ui-messages-error", "문항 2, 정답");
    assertFalse(browser.find(".ui-messages-error").getText().contains("문항(영어)"));
    browser.screenshot("quiz-editor-problems");
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz WHERE quiz_key = '" + key + "'"));

    writeStatement(1, null, "Whistleblowers are protected.", "O");
    browser.find("#edit\\:preview").click();
    browser.waitFor("#previewForm\\:yes");
    browser.waitForText("#previewForm\\:number", "2문항 중 1번");
    browser.find("#previewForm\\:yes").click();
    browser.waitForText("#previewForm\\:outcome", "정답은 X");
    browser.screenshot("quiz-editor-preview");
    browser.find("#previewDialog .ui-dialog-titlebar-close").click();

    browser.find("#edit\\:statements\\:1\\:up").click();
    browser.waitForValue("#edit\\:statements\\:0\\:textKo", "신고자는 보호받는다.");
    browser.screenshot("quiz-editor");
    browser.find("#edit\\:save").click();
    browser.waitForText(".ui-messages-info", key);
    assertTrue(browser.path().contains("quiz=" + key), browser.path());
    assertEquals(
        "s02:O|s01:X",
        data.text(
            "SELECT GROUP_CONCAT(CONCAT(s.statement_key, ':', IF(s.correct, 'O', 'X'))"
                + " ORDER BY s.position SEPARATOR '|') FROM quiz q"
                + " JOIN quiz_statement s ON s.quiz_version_id = q.current_version_id"
                + " WHERE q.quiz_key = '"
                + key
                + "'"));

    // Someone else saves version 2 while this trainer edits version 1 in another tab.
    var mine = browser.driver().getWindowHandle();
    ((JavascriptExecutor) browser.driver())
        .executeScript("window.open(arguments[0])", base + "trainer/edit.xhtml?quiz=" + key);
    var other =
        browser.driver().getWindowHandles().stream().filter(h -> !h.equals(mine)).findFirst().get();
    browser.driver().switchTo().window(other);
    browser.type("#edit\\:titleEn", "Editor quiz, second edition");
    browser.find("#edit\\:save").click();
    browser.waitForText(".ui-messages-info", key);
    browser.driver().close();
    browser.driver().switchTo().window(mine);

    browser.type("#edit\\:titleKo", "편집기 퀴즈 (늦은 편집)");
    browser.find("#edit\\:save").click();
    browser.waitForText(".ui-messages-error", "버전 2");
    assertEquals(
        "Editor quiz, second edition|편집기 퀴즈|EDITOR",
        data.text(
            "SELECT CONCAT(v.title_en, '|', v.title_ko, '|', v.origin) FROM quiz q"
                + " JOIN quiz_version v ON v.id = q.current_version_id WHERE q.quiz_key = '"
                + key
                + "'"));
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM quiz_version v JOIN quiz q ON q.id = v.quiz_id"
                + " WHERE q.quiz_key = '"
                + key
                + "'"));
  }

  @Test
  void aTrainerPreviewsAStoredQuizToTheEndWithoutStoringAnAttempt() {
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var key = TestData.unique("preview-").toLowerCase();
    data.quiz(key, "미리 보기 시험", new String[] {"MOODLE", "하늘은 파랗다.", "The sky is blue.", "T"});

    browser.open("/trainer/preview.xhtml?quiz=" + key);
    browser.signIn(trainer, PASSWORD);
    browser.find("#take\\:no").click();
    browser.waitForText("#take\\:outcome", "정답은 O");
    browser.find("#take\\:finish").click();
    browser.waitFor("#result");
    assertTrue(browser.find("#result").getText().contains("하늘은 파랗다."));
    browser.screenshot("quiz-preview-result");
    browser.find("#take\\:again").click();
    browser.waitFor("#take\\:yes");
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id"
                + " WHERE q.quiz_key = '"
                + key
                + "'"));
  }

  private void writeStatement(int index, String korean, String english, String answer) {
    var prefix = "#edit\\:statements\\:" + index + "\\:";
    if (korean != null) {
      browser.type(prefix + "textKo", korean);
    }
    browser.type(prefix + "textEn", english);
    var toggle =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//*[@id='edit:statements:"
                        + index
                        + ":correct']//label[normalize-space(.)='"
                        + answer
                        + "']"));
    // Away from the sticky toolbar at the bottom of the window, which would take the click.
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", toggle);
    toggle.click();
  }

  @Test
  void aTrainerGivesAQuizToOneUnitAndAnEmployeeElsewhereNeitherSeesNorOpensIt() {
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var key = TestData.unique("audience-").toLowerCase();
    data.quiz(key, "대상 시험", new String[] {"PLAIN", "참인 문장", "A true statement", "T"});
    var division = TestData.unique("AUD");
    var team = TestData.unique("AUD");
    var divisionId = data.unit(division, "대상시험과", "Audience Test Division");
    data.unit(team, "대상시험팀", "Audience Test Team", divisionId);

    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser
        .driver()
        .findElement(
            By.xpath("//tr[td[normalize-space()='" + key + "']]//button[contains(., '대상')]"))
        .click();
    browser.waitFor("#audience\\:who");
    browser.find("label[for='audience:who:1']").click();
    browser.waitFor("#audience\\:tree");
    browser.find("#audience\\:save").click();
    browser.waitForText(".ui-messages-error", "부서를 하나 이상");

    browser.type("#audience\\:find_input", division);
    browser.find("#audience\\:find_panel li[data-item-label*='(" + division + ")']").click();
    browser.waitForText("#audience\\:chosen .chosen-units", "대상시험과");
    treeNode(division).findElement(By.cssSelector(".ui-tree-toggler")).click();
    browser.waitForText("#audience\\:tree", team);
    assertEquals(
        "true", treeNode(team).getAttribute("aria-checked"), "a sub-unit of a chosen unit is in");
    treeNode(division).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.waitForText("#audience\\:chosen", "아직 선택한 부서가 없습니다");
    treeNode(division).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.waitForText("#audience\\:chosen .chosen-units", "대상시험과");
    browser.screenshot("trainer-audience");

    browser.find("#audience\\:save").click();
    browser.waitForText(".ui-messages-info", key);
    assertTrue(browser.find("#quizzes\\:table").getText().contains("대상시험과"));
    browser.screenshot("trainer-quizzes-audience");
    browser.open("/trainer/audience.xhtml?quiz=" + key);
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#audience\\:chosen", "Audience Test Division");
    browser.screenshot("trainer-audience-en");
    browser.find("#language\\:toKorean").click();
    browser.waitForText("#audience\\:chosen", "대상시험과");
    assertEquals(
        divisionId,
        data.count(
            "SELECT a.org_unit_id FROM quiz_audience_unit a JOIN quiz q ON q.id = a.quiz_id"
                + " WHERE q.quiz_key = '"
                + key
                + "'"));
    browser.signOut();

    browser.open("/me/quizzes.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#quizCards");
    assertTrue(
        browser.driver().findElements(By.cssSelector("[data-quiz='" + key + "']")).isEmpty(),
        "the quiz is not offered outside its audience");
    browser.open("/me/quiz.xhtml?quiz=" + key);
    browser.waitForText(".ui-messages-error", "대상이 아니어서");
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));
  }

  /** The node of the organisation tree showing the unit of this code. */
  private WebElement treeNode(String code) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//span[contains(@class,'ui-treenode-label')][.//span[normalize-space()='"
                    + code
                    + "']]/ancestor::li[1]"));
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
    browser.find("#take\\:start").click();
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
    var bar = rows.get(0).findElement(By.cssSelector(".bar"));
    assertEquals(
        bar.getSize().getWidth(),
        bar.findElement(By.cssSelector(".fill")).getSize().getWidth(),
        "all of one answer wrong: the bar is full");
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

  @Test
  void aTimedQuizLeftOpenPastItsLimitEndsInItsResultWithTryAgainAndOpeningItsPageStartsNothing() {
    var key = TestData.unique("timed-").toLowerCase();
    var quizId =
        data.quiz(
            key,
            "시간 제한 퀴즈",
            new String[] {"MOODLE", "청렴은 중요하다.", "Integrity matters.", "T"},
            new String[] {"MOODLE", "상품권은 선물이다.", "Gift certificates are gifts.", "F"});
    data.execute(
        "UPDATE quiz_version SET time_limit_minutes = 1, attempts_allowed = 2,"
            + " pass_mark_percent = 100 WHERE quiz_id = "
            + quizId);

    browser.open("/me/quiz.xhtml?quiz=" + key);
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#take\\:start");
    assertEquals(
        0,
        data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee),
        "a link to the quiz (a GET) starts no attempt");
    browser.find("#take\\:start").click();
    browser.waitForText("#take\\:number", "2문항 중 1번");
    browser.find("#take\\:yes").click();
    browser.waitFor("#take\\:outcome");

    data.execute(
        "UPDATE quiz_attempt SET deadline_at = started_at - INTERVAL 9 MINUTE,"
            + " started_at = started_at - INTERVAL 10 MINUTE WHERE employee_id = "
            + employee);
    browser.find("#take\\:next").click();
    browser.find("#take\\:no").click();
    browser.waitFor("#result");
    assertTrue(browser.text().contains("응시 시간이 끝나"), browser.text());
    assertTrue(browser.find("#result").getText().contains("2문항 중 1문항 정답"));
    browser.screenshot("quiz-time-up");

    browser.open("/me/quizzes.xhtml");
    var card = browser.find("[data-quiz='" + key + "']");
    assertEquals("FAILED", card.getAttribute("data-state"), "no longer in progress");
    browser.find("[data-quiz='" + key + "'] .quiz-open").click();
    browser.waitForText("#take\\:number", "2문항 중 1번");
    assertEquals(
        2, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));
  }

  @Test
  void aFailedQuizSaysSoWithItsScoreAndAttemptsLeftAndItsResultOffersTryAgain() {
    var key = TestData.unique("failed-").toLowerCase();
    var quizId =
        data.quiz(
            key,
            "떨어진 퀴즈",
            new String[] {"MOODLE", "청렴은 중요하다.", "Integrity matters.", "T"},
            new String[] {"MOODLE", "상품권은 선물이다.", "Gift certificates are gifts.", "F"});
    data.execute(
        "UPDATE quiz_version SET attempts_allowed = 3, pass_mark_percent = 100 WHERE quiz_id = "
            + quizId);

    browser.open("/me/quizzes.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.find("[data-quiz='" + key + "'] .quiz-open").click();
    browser.waitForText("#take\\:number", "2문항 중 1번");
    browser.find("#take\\:no").click();
    browser.waitFor("#take\\:outcome");
    var outcome = browser.find("#take\\:outcome").getText();
    assertEquals(1, outcome.split("정답은", -1).length - 1, "the answer said once: " + outcome);
    browser.find("#take\\:next").click();
    browser.find("#take\\:no").click();
    browser.waitFor("#take\\:outcome");
    browser.find("#take\\:finish").click();
    browser.waitFor("#result");
    assertTrue(browser.find("#result").getText().contains("2문항 중 1문항 정답"));
    assertTrue(browser.find("#take\\:again").isDisplayed(), "two attempts are left");
    browser.screenshot("quiz-failed-result");

    browser.open("/me/quizzes.xhtml");
    var card = browser.find("[data-quiz='" + key + "']");
    assertEquals("FAILED", card.getAttribute("data-state"));
    var text = card.getText();
    assertTrue(text.contains("통과하지 못함"), text);
    assertFalse(text.contains("시작 전"), text);
    assertTrue(text.contains("최고 점수 50% (통과 기준 100%)"), text);
    assertTrue(text.contains("남은 응시 기회 2회"), text);
    browser.screenshot("quiz-failed-card");

    browser.open(
        "/me/quiz.xhtml?attempt="
            + data.count("SELECT MAX(id) FROM quiz_attempt WHERE employee_id = " + employee));
    browser.find("#take\\:again").click();
    browser.waitForText("#take\\:number", "2문항 중 1번");
    assertEquals(
        2, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));
  }

  @Test
  void aPostFromAnotherSiteNeitherStartsNorAnswersAndTheAnswersCallTakesOnlyTheCallersJson()
      throws Exception {
    var quiz = TestData.unique("site-").toLowerCase();
    data.quiz(
        quiz,
        "다른 사이트 시험",
        new String[] {"PLAIN", "첫 문장", "First statement", "T"},
        new String[] {"PLAIN", "둘째 문장", "Second statement", "F"});
    var cookies = new java.net.CookieManager();
    var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    var site = base.toString().replaceAll("/$", "");
    http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(site + "/login.xhtml")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    var signIn =
        post(
            site + "/login.xhtml",
            "login=login&login%3Acontinue=&login%3Ausername="
                + learner
                + "&login%3Apassword="
                + PASSWORD
                + "&login%3AsignIn=&jakarta.faces.ViewState=stateless",
            null);
    assertEquals(
        302, http.send(signIn, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    var start = "cards=cards&quiz=" + quiz + "&jakarta.faces.ViewState=stateless";
    var startCall = site + "/api/me/quiz-attempts";

    var crossSite = post(startCall, start, "https://evil.example");
    assertEquals(
        403,
        http.send(crossSite, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));

    var sameSite = post(startCall, start, site);
    var started = http.send(sameSite, java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(303, started.statusCode());
    assertTrue(
        started.headers().firstValue("Location").orElse("").contains("/me/quiz.xhtml?attempt="));
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));

    var unknown = post(startCall, "quiz=no-such-quiz", site);
    var notStarted = http.send(unknown, java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(303, notStarted.statusCode());
    var reason = notStarted.headers().firstValue("Location").orElseThrow();
    assertTrue(
        reason.endsWith("/me/quiz.xhtml?quiz=no-such-quiz&refused=quiz.notFound"),
        "a refused start goes to the quiz's page: " + reason);
    assertTrue(
        http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(site).resolve(reason))
                    .build(),
                BodyHandlers.ofString())
            .body()
            .contains("퀴즈 no-such-quiz이(가) 없습니다."),
        "which says what was refused");

    var attempt =
        started
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*attempt=(\\d+).*", "$1");
    var answers = site + "/api/me/attempts/" + attempt + "/answers";
    var key =
        data.text(
            "SELECT SUBSTRING_INDEX(statement_order, ',', 1) FROM quiz_attempt WHERE id = "
                + attempt);
    var answer = "{\"key\":\"" + key + "\",\"given\":true,\"language\":\"en\"}";
    assertEquals(
        403,
        http.send(json(answers, answer, "https://evil.example"), BodyHandlers.ofString())
            .statusCode(),
        "an answer posted from another site");
    var asForm =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(answers))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", site)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("key=" + key + "&given=true"))
            .build();
    assertEquals(
        415,
        http.send(asForm, BodyHandlers.ofString()).statusCode(),
        "a form (which another site could send without asking) is not an answer");
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = " + attempt));

    var stranger = json(answers, "{\"key\":\"not-drawn\",\"given\":true}", site);
    var refused = http.send(stranger, BodyHandlers.ofString());
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("not-drawn"), refused.body());

    var stored = http.send(json(answers, answer, site), BodyHandlers.ofString());
    assertEquals(200, stored.statusCode(), stored.body());
    assertTrue(stored.body().contains("\"key\":\"" + key + "\""), stored.body());
    assertTrue(stored.body().contains("\"answered\":1"), stored.body());
    assertEquals(1, data.count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = " + attempt));

    var elsewhere = json(site + "/api/me/attempts/999999999/answers", answer, site);
    assertEquals(404, http.send(elsewhere, BodyHandlers.ofString()).statusCode());
  }

  private static java.net.http.HttpRequest json(String url, String body, String origin) {
    return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
        .header("Content-Type", "application/json")
        .header("Origin", origin)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static java.net.http.HttpRequest post(String url, String form, String origin) {
    var request =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return request.build();
  }

  /** Opens the quiz's page, which starts nothing, and starts it with its button. */
  private void startQuiz(String key) {
    browser.open("/me/quiz.xhtml?quiz=" + key);
    browser.find("#take\\:start").click();
    browser.waitFor("#take\\:number");
  }

  private void uploadQuiz(java.nio.file.Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.find("#upload\\:send").click();
  }

  @Test
  void passingAQuizMovesMyTrainingToTheTargetAndTheCertificateChecksOutPublicly() {
    var key = TestData.unique("hours-").toLowerCase();
    var quizId =
        data.quiz(key, "다섯 시간 퀴즈", new String[] {"MOODLE", "청렴은 중요하다.", "Integrity matters.", "T"});
    data.execute("UPDATE quiz_version SET credit_minutes = 300 WHERE quiz_id = " + quizId);

    browser.open("/me/training.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitForText("#training\\:headline", "0시간 이수 / 목표 5시간");
    assertTrue(browser.find("#standing").getText().contains("법정 최소 2시간에 못 미칩니다"));
    assertTrue(browser.driver().findElements(By.id("training:certificate")).isEmpty());

    startQuiz(key);
    browser.find("#take\\:yes").click();
    browser.find("#take\\:finish").click();
    browser.waitFor("#result");

    browser.open("/me/training.xhtml");
    browser.waitForText("#training\\:headline", "5시간 이수 / 목표 5시간");
    assertTrue(browser.find("#training\\:history").getText().contains("다섯 시간 퀴즈"));
    assertTrue(browser.find("#standing").getText().contains("목표를 달성했습니다"));
    browser.screenshot("my-training");
    browser.find("#training\\:certificate").click();
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(30))
        .until(
            d ->
                data.count("SELECT COUNT(*) FROM certificate WHERE employee_id = " + employee)
                    == 1);
    var code = data.text("SELECT code FROM certificate WHERE employee_id = " + employee);

    browser.signOut();
    browser.open("/certificate.xhtml?code=" + code.toLowerCase());
    browser.waitFor("#check\\:result");
    var result = browser.find("#check\\:result").getText();
    assertTrue(result.contains("유효한 이수증") && result.contains("박응시"), result);
    assertTrue(result.contains("5시간"), result);
    browser.screenshot("certificate-check");
    browser.type("#check\\:code", "0000-0000-0000");
    browser.find("#check\\:look").click();
    browser.waitForText("#check\\:result", "이 코드의 이수증은 없습니다");
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

    browser.open("/me/quizzes.xhtml");
    browser.signIn(learner, PASSWORD);
    startQuiz(key);
    browser.waitFor("#statement b");
    var hacked =
        ((JavascriptExecutor) browser.driver()).executeScript("return window.hacked === true;");
    assertFalse((Boolean) hacked, "a script in quiz text ran");
    assertTrue(browser.driver().findElements(By.cssSelector("#statement script")).isEmpty());
    assertTrue(browser.find("#statement").getText().contains("굵게"));
  }
}
