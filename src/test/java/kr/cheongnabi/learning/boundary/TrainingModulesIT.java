package kr.cheongnabi.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Training modules in a real browser: a trainer writes one with a text, a link and a PDF lesson and
 * a final quiz, and publishes it; an employee goes through it lesson by lesson, resumes after a
 * reload, passes the quiz, completes it with a double click and again in a second tab, and sees the
 * minutes credited once.
 */
class TrainingModulesIT extends BrowserTest {

  TrainingModulesIT() {
    super("ko");
  }

  @Test
  void aTrainerPublishesAModuleAndAnEmployeeCompletesItOnce() throws Exception {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    var employee = data.employee(TestData.unique("E"), "정이수", unit);
    var learner = TestData.unique("learner").toLowerCase();
    data.account(learner, PASSWORD, employee);
    var trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    var quizKey = TestData.unique("final-").toLowerCase();
    var quizId =
        data.quiz(
            quizKey,
            "마무리 퀴즈",
            new String[] {"PLAIN", "식사 한도는 5만 원이다.", "The limit is 50,000 KRW.", "T"});
    var key = TestData.unique("mod-").toLowerCase();
    var pdf = pdf("Cheongnabi lesson", 2 * 1024 * 1024 + 321);

    authorAndPublish(trainer, key, quizId, pdf);
    browser.signOut();

    browser.open("/me/modules.xhtml");
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#moduleCards");
    assertTrue(
        browser.find("#credited").getText().contains("인정된 시간: 0시간"),
        browser.find("#credited").getText());
    var card = "div.module-card[data-module='" + key + "']";
    assertTrue(browser.find(card).getText().contains("시작 전"));
    browser.find(card + " a.module-open").click();

    browser.waitForText("#seenCount", "강의 3개 중 0개 수강");
    assertEquals(
        "", browser.find("#take\\:progress").getText().strip(), "no label squeezed into 0 %");
    browser.screenshot("module-not-started-ko");
    assertTrue(browser.find("#take\\:lessonBody").getText().contains("5만 원"));
    browser.find("#take\\:next").click();
    browser.waitForText("#seenCount", "강의 3개 중 1개 수강");

    var mine = browser.driver().getWindowHandle();
    browser.find("#take\\:openLink").click();
    browser.waitForText("#seenCount", "강의 3개 중 2개 수강");
    closeOtherTabs(mine);
    browser.find("#take\\:next").click();
    browser.waitFor("#pdf");

    browser.driver().navigate().refresh();
    browser.waitForText("#seenCount", "강의 3개 중 2개 수강");
    assertTrue(browser.text().contains("강의 3개 중 3번째"), "resumed at the first lesson not seen");
    browser.screenshot("module-lesson-pdf-ko");
    assertRangeServed(key, pdf);

    browser.find("#take\\:next").click();
    browser.waitForText("#seenCount", "강의 3개 중 3개 수강");
    assertFalse(browser.find("#take\\:complete").isEnabled(), "the quiz is not passed yet");
    browser.find("#take\\:takeQuiz").click();
    browser.find("#take\\:start").click();
    browser.find("#take\\:yes").click();
    browser.find("#take\\:finish").click();
    browser.waitFor("#result");

    browser.open("/me/module.xhtml?module=" + key);
    browser.waitForText("#quizState", "통과했습니다");
    browser.driver().switchTo().newWindow(WindowType.TAB);
    var second = browser.driver().getWindowHandle();
    browser.open("/me/module.xhtml?module=" + key);
    browser.waitFor("#take\\:complete");
    browser.driver().switchTo().window(mine);

    ((JavascriptExecutor) browser.driver())
        .executeScript("var b = document.getElementById('take:complete'); b.click(); b.click();");
    browser.waitForText("#take\\:completed", "30분");
    assertEquals(1, completions(key, employee));

    browser.driver().switchTo().window(second);
    assertTrue(browser.find("#take\\:complete").isEnabled(), "the second tab has not heard");
    browser.find("#take\\:complete").click();
    browser.waitForText("#take\\:completed", "30분");
    assertEquals(1, completions(key, employee));
    browser.driver().close();
    browser.driver().switchTo().window(mine);

    browser.driver().navigate().refresh();
    browser.waitForText("#take\\:completed", "30분");
    assertTrue(browser.driver().findElements(By.id("take:complete")).isEmpty());
    browser.screenshot("module-completed-ko");
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#take\\:completed", "30 min");
    browser.screenshot("module-completed-en");

    browser.open("/me/modules.xhtml");
    browser.waitForText(card, "30 min credited");
    assertTrue(
        browser.find("#credited").getText().contains("30 min"),
        browser.find("#credited").getText());
    browser.screenshot("modules-catalogue-en");
    assertEquals(1, completions(key, employee));

    // The hours ledger has the module once, and My training shows the hours moved.
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'ONLINE_MODULE' AND employee_id = "
                + employee));
    browser.open("/me/training.xhtml");
    browser.waitForText("#training\\:headline", "30 min of 5 h completed");
    assertTrue(browser.find("#training\\:history").getText().contains("Graft Act test module"));
    assertTrue(browser.find("#standing").getText().contains("Below the legal minimum"));
    browser.screenshot("my-training-after-module-en");
  }

  @Test
  void aCompletedModuleShowsEveryLessonSeenNoStepLeftAndItsLinkReadable() {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    var employee = data.employee(TestData.unique("E"), "한완료", unit);
    var learner = TestData.unique("learner").toLowerCase();
    data.account(learner, PASSWORD, employee);
    var quizId =
        data.quiz(
            TestData.unique("final-").toLowerCase(),
            "마무리 퀴즈",
            new String[] {"PLAIN", "식사 한도는 5만 원이다.", "The limit is 50,000 KRW.", "T"});
    var key = TestData.unique("done-").toLowerCase();
    var moduleId = data.module(key, 45, quizId, "첫 강의", "둘째 강의");
    data.execute(
        ("INSERT INTO module_lesson (module_id, position, kind, title_ko, title_en, url)"
                + " VALUES (%d, 2, 'LINK', '권익위 자료', 'ACRC material',"
                + " 'https://www.acrc.go.kr/%%EC%%B2%%AD%%EB%%A0%%B4?q=a+b')")
            .formatted(moduleId));
    // Completed this year as the demo history records it: no lesson or quiz records beside it.
    data.execute(
        ("INSERT INTO module_completion (module_id, employee_id, training_year, minutes,"
                + " completed_at) VALUES (%d, %d, %d, 45, UTC_TIMESTAMP(3))")
            .formatted(
                moduleId,
                employee,
                java.time.Year.now(java.time.ZoneId.of("Asia/Seoul")).getValue()));

    browser.open("/me/module.xhtml?module=" + key);
    browser.signIn(learner, PASSWORD);
    browser.waitFor("#take\\:completed");
    assertEquals("강의 3개 중 3개 수강", browser.find("#seenCount").getText());
    assertEquals(
        0, browser.driver().findElements(By.cssSelector("#lessonList li:not(.seen)")).size());
    assertTrue(browser.find("#quizState").getText().contains("통과했습니다"));
    assertFalse(browser.text().contains("통과해야"), "no step left beside 'completed on'");
    assertTrue(browser.driver().findElements(By.id("take:complete")).isEmpty());
    browser.screenshot("module-completed-without-records-ko");

    browser.find("#lessonList li:nth-child(3) a").click();
    browser.waitFor("#linkAddress");
    assertEquals("https://www.acrc.go.kr/청렴?q=a+b", browser.find("#linkAddress").getText());
    assertEquals(
        "https://www.acrc.go.kr/%EC%B2%AD%EB%A0%B4?q=a+b",
        browser.find("#take\\:openLink").getAttribute("href"));
    browser.screenshot("module-link-lesson-ko");
  }

  private void authorAndPublish(String trainer, String key, long quizId, byte[] pdf)
      throws Exception {
    browser.open("/trainer/modules.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.type("#create\\:key", key);
    browser.type("#create\\:titleKo", "청탁금지법 시험 과정");
    browser.type("#create\\:titleEn", "Graft Act test module");
    browser.find("#create\\:createButton").click();

    browser.waitFor("#settings\\:descriptionKo");
    browser.type("#settings\\:descriptionKo", "음식물·선물 기준을 익힙니다.");
    browser.type("#settings\\:descriptionEn", "Learn the limits for meals and gifts.");
    browser.type("#settings\\:minutes_input", "30");
    js("PF('quizMenu').selectValue('" + quizId + "')");
    browser.find("#settings\\:save").click();
    browser.waitForText(".ui-messages-info", key);

    addLesson("addText", "음식물 한도", "The meal limit");
    browser.type("#lessons\\:bodyKo", "음식물 한도는 **5만 원**입니다.");
    browser.type("#lessons\\:bodyEn", "The meal limit is **50,000 KRW**.");
    saveLesson("음식물 한도");

    addLesson("addLink", "법령 읽기", "Read the act");
    browser.type("#lessons\\:url", "javascript:alert(1)");
    browser.find("#lessons\\:saveLesson").click();
    browser.waitForText(".ui-messages-error", "2번 강의, 주소(http 또는 https)");
    browser.type("#lessons\\:url", base.toString() + "index.xhtml");
    saveLesson("법령 읽기");

    addLesson("addFile", "안내서", "Guide");
    saveLesson("안내서");
    var file = Files.createTempDirectory("lesson").resolve("청렴 안내서.pdf");
    Files.write(file, pdf);
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(file.toString());
    browser.waitForText("#currentFile", "청렴 안내서.pdf");
    browser.screenshot("module-editor-ko");

    browser.find("#state\\:publish").click();
    browser.waitForText("#state\\:stateText", "게시 중");
    browser.find("#language\\:toEnglish").click();
    browser.waitForText("#state\\:stateText", "Published");
    browser.screenshot("module-editor-en");
    browser.find("#language\\:toKorean").click();
    browser.waitForText("#state\\:stateText", "게시 중");
  }

  private void addLesson(String button, String titleKo, String titleEn) {
    browser.find("#lessons\\:" + button).click();
    browser.waitFor("#lessons\\:lessonTitleKo");
    browser.type("#lessons\\:lessonTitleKo", titleKo);
    browser.type("#lessons\\:lessonTitleEn", titleEn);
  }

  private void saveLesson(String title) {
    browser.find("#lessons\\:saveLesson").click();
    browser.waitForText("#lessons\\:table", title);
  }

  /**
   * The lesson file answers a byte range across a chunk boundary with exactly those bytes; it is
   * shown in the page, but as a document of no origin (a sandbox), so a script in it reaches
   * nothing of the application.
   */
  private void assertRangeServed(String key, byte[] pdf) throws Exception {
    var lessonId =
        data.count(
            "SELECT l.id FROM module_lesson l JOIN training_module m ON m.id = l.module_id"
                + " WHERE l.kind = 'FILE' AND m.module_key = '"
                + key
                + "'");
    var cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    var url = URI.create(base.toString() + "lesson-files/" + lessonId);
    var client = HttpClient.newHttpClient();
    int first = 1024 * 1024 - 100;
    int last = 1024 * 1024 + 99;
    var ranged =
        client.send(
            HttpRequest.newBuilder(url)
                .header("Cookie", cookies)
                .header("Range", "bytes=" + first + "-" + last)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(206, ranged.statusCode());
    assertEquals(
        "bytes " + first + "-" + last + "/" + pdf.length,
        ranged.headers().firstValue("Content-Range").orElse(""));
    assertEquals("bytes", ranged.headers().firstValue("Accept-Ranges").orElse(""));
    assertEquals("nosniff", ranged.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        ranged.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertTrue(ranged.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"));
    var policy = ranged.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.startsWith("sandbox; default-src 'none';"), policy);
    assertArrayEquals(Arrays.copyOfRange(pdf, first, last + 1), ranged.body());

    var whole =
        client.send(
            HttpRequest.newBuilder(url).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, whole.statusCode());
    assertArrayEquals(pdf, whole.body());

    var stranger =
        client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    assertNotEquals("application/pdf", stranger.headers().firstValue("Content-Type").orElse(""));
  }

  private long completions(String key, long employee) {
    return data.count(
        "SELECT COUNT(*) FROM module_completion c JOIN training_module m ON m.id = c.module_id"
            + " WHERE m.module_key = '"
            + key
            + "' AND c.employee_id = "
            + employee);
  }

  private void closeOtherTabs(String keep) {
    browser
        .waiting(java.time.Duration.ofSeconds(10))
        .until(ExpectedConditions.numberOfWindowsToBe(2));
    for (var handle : new ArrayList<>(browser.driver().getWindowHandles())) {
      if (!handle.equals(keep)) {
        browser.driver().switchTo().window(handle).close();
      }
    }
    browser.driver().switchTo().window(keep);
  }

  private void js(String script) {
    ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  /**
   * A real one-page PDF that says {@code text}, made larger than two database chunks by a stream no
   * page uses, with its cross-reference table right so that viewers open it.
   */
  static byte[] pdf(String text, int padding) {
    var out = new ByteArrayOutputStream();
    var offsets = new ArrayList<Integer>();
    var noise = new byte[padding];
    new Random(4).nextBytes(noise);
    var content = "BT /F1 24 Tf 72 760 Td (" + text + ") Tj ET";
    write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
          + " /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    for (int i = 0; i < objects.length; i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
    }
    offsets.add(out.size());
    write(out, "6 0 obj\n<< /Length " + padding + " >>\nstream\n");
    out.writeBytes(noise);
    write(out, "\nendstream\nendobj\n");
    int xref = out.size();
    write(out, "xref\n0 7\n0000000000 65535 f \n");
    offsets.forEach(offset -> write(out, "%010d 00000 n \n".formatted(offset)));
    write(out, "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
