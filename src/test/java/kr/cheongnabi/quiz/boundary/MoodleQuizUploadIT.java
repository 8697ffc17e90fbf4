package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A trainer, reading the pages in English, uploads a question bank exported from Moodle as it is:
 * Korean only, no header, names that are free text, and questions of other kinds among the
 * true/false ones.
 */
class MoodleQuizUploadIT extends BrowserTest {

  private String trainer;
  private String title;
  private Path file;

  MoodleQuizUploadIT() {
    super("en");
  }

  @BeforeEach
  void aTrainerWithAMoodleExport() throws Exception {
    trainer = TestData.unique("trainer").toLowerCase();
    data.account(trainer, PASSWORD, null, "TRAINER");
    title = TestData.unique("청탁금지법");
    // As Moodle's GIFT export writes it; the other kinds start on lines 10 and 14.
    String export =
        """
        // question: 0  name: Switch category to $course$/top/청렴교육/%1$s
        $CATEGORY: $course$/top/청렴교육/%1$s


        // question: 11  name: 음식물 한도
        ::음식물 한도::[html]<p>공직자에게 제공할 수 있는 음식물 가액 한도는 5만 원이다.</p>{TRUE#<p>한도는 5만 원입니다.</p>#<p>맞습니다.</p>}


        // question: 12  name: 신고 기한
        ::신고 기한::사적이해관계는 며칠 안에 신고해야 하나요?{=14일 =14}


        // question: 13  name: 선물
        ::선물::허용되지 않는 선물은?{~농수산물 =상품권}


        // question: 14  name: 경조사비
        ::경조사비::거래업체가 보낸 현금 축의금 10만 원은 받아도 된다.{FALSE}
        """
            .formatted(title);
    file = Files.createTempDirectory("moodle").resolve("questions-청렴-20261207-1523.txt");
    Files.writeString(file, export);
  }

  @Test
  void seesTheQuestionsLeftOutByLineAndKindConfirmsAndTheQuizIsThereReadInKorean() {
    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    upload();

    browser.waitFor("#confirm\\:skipped");
    assertEquals(
        List.of(List.of("10", "Short answer"), List.of("14", "Multiple choice")),
        skippedLinesAndKinds());
    String summary = browser.find("#confirm\\:summary").getText();
    assertTrue(summary.contains("2 true/false statement(s)"), summary);
    assertTrue(summary.contains(title), summary);
    assertEquals(0, quizzesTitled(), "nothing is stored before the trainer confirms");
    browser.screenshot("trainer-moodle-upload-confirm");

    browser.find("#confirm\\:import").click();
    browser.waitForText(".ui-messages-info", "2 question(s) that are not true/false were left out");
    assertTrue(browser.find("#quizzes\\:table").getText().contains(title), "its Korean title");
    assertEquals(1, quizzesTitled());
    String key =
        data.text(
            "SELECT q.quiz_key FROM quiz q JOIN quiz_version v ON v.id = q.current_version_id"
                + " WHERE v.title_ko = '"
                + title
                + "'");
    assertEquals(
        "2 0",
        data.text(
            "SELECT CONCAT(COUNT(*), ' ', SUM(s.text_en IS NOT NULL)) FROM quiz q"
                + " JOIN quiz_statement s ON s.quiz_version_id = q.current_version_id"
                + " WHERE q.quiz_key = '"
                + key
                + "'"));

    browser.open("/trainer/preview.xhtml?quiz=" + key);
    browser.waitForText("main", "공직자에게 제공할 수 있는 음식물 가액 한도는 5만 원이다.");
    browser.screenshot("trainer-moodle-preview-en");
  }

  @Test
  void cancellingImportsNothingAndAFileOfTrueFalseQuestionsOnlyNeedsNoConfirming()
      throws Exception {
    browser.open("/trainer/quizzes.xhtml");
    browser.signIn(trainer, PASSWORD);
    browser.viewport(390, 844, true);
    upload();
    browser.waitFor("#confirm\\:skipped");
    browser.screenshot("trainer-moodle-upload-confirm-phone");

    browser.find("#confirm\\:cancel").click();
    browser.waitForText(".ui-messages-info", "cancelled; nothing was stored");
    assertTrue(browser.driver().findElements(By.id("confirm:skipped")).isEmpty());
    assertEquals(0, quizzesTitled());

    String trueFalseOnly =
        Files.readString(file).replace("{=14일 =14}", "{T}").replace("{~농수산물 =상품권}", "{F}");
    Files.writeString(file, trueFalseOnly);
    upload();
    browser.waitForText(".ui-messages-info", "created");
    assertTrue(browser.driver().findElements(By.id("confirm:skipped")).isEmpty());
    assertEquals(1, quizzesTitled());
  }

  private void upload() {
    browser
        .driver()
        .findElement(By.cssSelector("#upload input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.find("#upload\\:send").click();
  }

  private List<List<String>> skippedLinesAndKinds() {
    return browser.driver().findElements(By.cssSelector("#confirm\\:skipped tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(cells -> cells.stream().limit(2).map(WebElement::getText).toList())
        .toList();
  }

  private long quizzesTitled() {
    return data.count("SELECT COUNT(*) FROM quiz_version WHERE title_ko = '" + title + "'");
  }
}
