package kr.cheongnabi.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;
import kr.cheongnabi.quiz.control.QuizFile;
import kr.cheongnabi.quiz.control.QuizSettings;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.Statement;
import org.junit.jupiter.api.Test;

class LearnerPreviewTest {

  private static final QuizFile QUIZ =
      new QuizFile(
          QuizSettings.defaults("preview-quiz", "미리 보기", "Preview").withDraw(1),
          null,
          List.of(
              new Statement(
                  "a",
                  RichText.of("가"),
                  RichText.of("A"),
                  true,
                  RichText.of("틀림"),
                  RichText.of("맞음"),
                  RichText.of("해설"),
                  RichText.of("Wrong"),
                  RichText.of("Right"),
                  RichText.of("Explained")),
              Statement.of("b", RichText.of("나"), RichText.of("B"), false)));

  @Test
  void theCorrectAnswerIsNotShownBeforeTheStatementIsAnswered() {
    var preview = new LearnerPreview(QUIZ);
    assertEquals("a", preview.getCurrent().key());
    assertNull(preview.getCurrent().correct());
    assertNull(preview.getCurrent().explanation());
  }

  @Test
  void answeringShowsTheOutcomeOfThatStatementWithTheNextOneReadyToSwapIn() {
    var preview = new LearnerPreview(QUIZ);
    assertEquals(List.of("b"), keys(preview.getUpcoming()), "the rest, waiting for Next");
    preview.answer("a", false);
    assertEquals("a", preview.getCurrent().key());
    assertFalse(preview.getCurrent().isRight());
    assertEquals("틀림", preview.getCurrent().feedback().ko());
    assertEquals(50, preview.getProgress());
    assertEquals(List.of("b"), keys(preview.getUpcoming()));
    assertNull(preview.getUpcoming().get(0).correct(), "the next one's answer is not given away");
  }

  @Test
  void theFirstAnswerToAStatementCountsAsInAnAttempt() {
    var preview = new LearnerPreview(QUIZ);
    preview.answer("a", true);
    preview.answer("a", false);
    assertTrue(preview.getCurrent().isRight());
  }

  @Test
  void finishingScoresEveryStatementOfTheBankAndRestartForgetsTheAnswers() {
    var preview = new LearnerPreview(QUIZ);
    preview.answer("a", true);
    preview.answer("b", true);
    assertEquals("b", preview.getCurrent().key());
    assertEquals(List.of(), preview.getUpcoming());
    assertTrue(preview.isAllAnswered());
    preview.finish();
    assertTrue(preview.getView().finished());
    assertEquals(1, preview.getView().rightCount());
    assertFalse(preview.getView().passed());
    assertEquals(1, preview.getDrawn());
    preview.restart();
    assertFalse(preview.getView().finished());
    assertEquals(0, preview.getView().answeredCount());
    assertEquals("a", preview.getCurrent().key());
  }

  private static List<String> keys(List<StatementView> statements) {
    return statements.stream().map(StatementView::key).toList();
  }
}
