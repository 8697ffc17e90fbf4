package kr.cheongnabi.quiz.control;

import java.util.List;

/**
 * What reading a quiz file gave: the quiz, or the problems found in it and no quiz at all, since a
 * file with any problem imports nothing.
 *
 * @param problems the first problems, in the order of their lines (at most 1,000 are kept)
 * @param problemCount how many problems there are, kept or not
 */
public record GiftResult(QuizFile quiz, List<GiftProblem> problems, int problemCount) {

  public GiftResult {
    problems = List.copyOf(problems);
    if ((quiz == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has a quiz or problems, never both or neither");
    }
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException(
          problemCount + " problems but " + problems.size() + " kept");
    }
  }

  /** A result whose problems are all kept. */
  public GiftResult(QuizFile quiz, List<GiftProblem> problems) {
    this(quiz, problems, problems.size());
  }

  public boolean isValid() {
    return quiz != null;
  }
}
