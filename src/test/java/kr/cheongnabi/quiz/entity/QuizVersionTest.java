package kr.cheongnabi.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kr.cheongnabi.quiz.control.GiftReader;
import kr.cheongnabi.quiz.control.GiftWriter;
import kr.cheongnabi.quiz.control.QuizFile;
import kr.cheongnabi.quiz.control.QuizSettings;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.Statement;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuizVersionTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:02:03Z");

  static Stream<Path> quizFiles() throws IOException {
    return Files.list(Path.of("quizzes")).filter(f -> f.toString().endsWith(".gift")).sorted();
  }

  private static QuizVersion version(QuizFile file) {
    return new QuizVersion(
        new Quiz(file.settings().id()), 1, file, Origin.FILE, "source", "0".repeat(64), NOW);
  }

  @ParameterizedTest
  @MethodSource("quizFiles")
  void aStoredVersionGivesBackTheQuizOfItsFile(Path file) {
    QuizFile quiz = new GiftReader().read(file).quiz();

    QuizVersion version = version(quiz);

    assertEquals(quiz, version.toQuizFile());
    assertEquals(new GiftWriter().write(quiz), new GiftWriter().write(version.toQuizFile()));
    assertEquals(
        IntStream.range(0, quiz.statements().size()).boxed().toList(),
        version.getStatements().stream().map(QuizStatement::getPosition).toList());
  }

  @Test
  void everySettingFormatAndFeedbackSurvives() {
    var settings =
        new QuizSettings(
            "all-settings",
            "모든 설정",
            "All settings",
            85,
            30,
            3,
            2,
            false,
            15,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            false);
    var markdown = new RichText("**굵게**", TextFormat.MARKDOWN);
    var html = new RichText("<b>bold</b>", TextFormat.HTML);
    var plain = new RichText("plain", TextFormat.PLAIN);
    var statements =
        List.of(
            new Statement(
                "s-1",
                markdown,
                new RichText("**bold**", TextFormat.MARKDOWN),
                false,
                html,
                plain,
                RichText.of("설명"),
                new RichText("<i>wrong</i>", TextFormat.HTML),
                null,
                RichText.of("Explanation")),
            Statement.of("s_2", RichText.of("둘"), RichText.of("Two"), true),
            new Statement(
                "s3",
                RichText.of("셋"),
                RichText.of("Three"),
                true,
                null,
                RichText.of("맞음"),
                null,
                null,
                RichText.of("Right"),
                null));
    var quiz = new QuizFile(settings, "$course$/integrity/all", statements);

    assertEquals(quiz, version(quiz).toQuizFile());
  }

  @Test
  void aVersionIsOfTheQuizItsFileNames() {
    var file =
        new QuizFile(
            QuizSettings.defaults("graft-act", "퀴즈", "Quiz"),
            null,
            List.of(Statement.of("s1", RichText.of("문장"), RichText.of("Statement"), true)));

    assertThrows(
        IllegalArgumentException.class,
        () -> new QuizVersion(new Quiz("other"), 1, file, Origin.FILE, "", "0".repeat(64), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuizVersion(new Quiz("graft-act"), 0, file, Origin.FILE, "", "0".repeat(64), NOW));
  }

  @Test
  void onlyAVersionOfTheQuizBecomesItsCurrentVersion() {
    var file =
        new QuizFile(
            QuizSettings.defaults("q", "퀴즈", "Quiz"),
            null,
            List.of(Statement.of("s1", RichText.of("문장"), RichText.of("Statement"), true)));
    var quiz = new Quiz("q");
    var own = new QuizVersion(quiz, 1, file, Origin.UPLOAD, "", "0".repeat(64), NOW);

    quiz.makeCurrent(own);

    assertEquals(own, quiz.getCurrentVersion());
    assertThrows(IllegalArgumentException.class, () -> new Quiz("q").makeCurrent(own));
    assertTrue(quiz.isPublished() && quiz.isAudienceAll(), "a new quiz is shown to everyone");
  }
}
