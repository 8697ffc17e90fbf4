package kr.cheongnabi.quiz.control;

import java.util.List;

/**
 * What reading a quiz file gave: the quiz, or every problem found in it and no quiz at all, since a
 * file with any problem imports nothing.
 */
public record GiftResult(QuizFile quiz, List<GiftProblem> problems) {

  public GiftResult {
    problems = List.copyOf(problems);
    if ((quiz == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has a quiz or problems, never both or neither");
    }
  }

  public boolean isValid() {
    return quiz != null;
  }
}
