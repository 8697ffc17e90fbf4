package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * A question of a quiz file that is not true/false, and so not part of the quiz.
 *
 * @param line the 1-based physical line where the question starts
 * @param excerpt the start of the question's text, on one line, for people to recognise it
 * @param declared whether the file's {@code // @skip} line names this kind
 */
public record GiftSkip(String file, int line, QuestionKind kind, String excerpt, boolean declared)
    implements Serializable {

  public GiftSkip {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(excerpt, "excerpt");
    if (line < 1) {
      throw new IllegalArgumentException("a skipped question has a line: " + line);
    }
  }

  GiftSkip withDeclared() {
    return new GiftSkip(file, line, kind, excerpt, true);
  }

  /** The problem this skip is where nobody confirms it: a file of the quizzes folder. */
  GiftProblem asProblem() {
    return new GiftProblem(file, line, "skip.undeclared", kind.giftName(), excerpt);
  }
}
