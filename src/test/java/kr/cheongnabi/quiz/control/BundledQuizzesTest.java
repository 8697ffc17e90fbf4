package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the bundled quizzes say to a learner, beside what the quiz page says itself. */
class BundledQuizzesTest {

  /** The quiz page already says "정답은 X입니다." / "The answer is X." after every answer. */
  private static final Pattern SAYS_THE_ANSWER =
      Pattern.compile("정답은 [OX]|answer is [OX]", Pattern.CASE_INSENSITIVE);

  @Test
  void theFeedbackOnAWrongAnswerDoesNotSayTheAnswerTheQuizPageSaysAlready() {
    var files = QuizFolder.files(getClass().getClassLoader(), QuizFolder.BUNDLED);
    assertFalse(files.isEmpty());
    for (var file : files) {
      var read =
          new GiftReader()
              .read(file.name(), new String(file.content(), StandardCharsets.UTF_8))
              .forFolder();
      assertTrue(read.isValid(), file.name() + ": " + read.problems());
      for (var statement : read.quiz().statements()) {
        for (var wrong : new RichText[] {statement.wrongKo(), statement.wrongEn()}) {
          assertFalse(
              wrong != null && SAYS_THE_ANSWER.matcher(wrong.source()).find(),
              file.name() + " " + statement.id() + ": " + (wrong == null ? "" : wrong.source()));
        }
      }
    }
  }
}
