package kr.cheongnabi.quiz.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What reading a quiz file gave: the quiz, or the problems found in it and no quiz at all, since a
 * file with any problem imports nothing; and the questions that are not true/false, skipped.
 *
 * @param problems the first problems, in the order of their lines (at most 1,000 are kept)
 * @param problemCount how many problems there are, kept or not
 * @param skipped the first questions skipped, in file order (at most 1,000 are kept)
 * @param skippedCount how many questions were skipped, kept or not
 */
public record GiftResult(
    QuizFile quiz,
    List<GiftProblem> problems,
    int problemCount,
    List<GiftSkip> skipped,
    int skippedCount) {

  public GiftResult {
    problems = List.copyOf(problems);
    skipped = List.copyOf(skipped);
    if ((quiz == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("a result has a quiz or problems, never both or neither");
    }
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException(
          problemCount + " problems but " + problems.size() + " kept");
    }
    if (skippedCount < skipped.size()) {
      throw new IllegalArgumentException(skippedCount + " skipped but " + skipped.size() + " kept");
    }
  }

  /** A result whose problems are all kept and that skipped nothing. */
  public GiftResult(QuizFile quiz, List<GiftProblem> problems) {
    this(quiz, problems, problems.size(), List.of(), 0);
  }

  public boolean isValid() {
    return quiz != null;
  }

  /**
   * The result as a file of the quizzes folder has it, where nobody is there to confirm skipping a
   * question: a question of a kind that the file's {@code // @skip} line does not name is a
   * problem.
   */
  public GiftResult forFolder() {
    List<GiftProblem> undeclared =
        skipped.stream().filter(s -> !s.declared()).map(GiftSkip::asProblem).toList();
    if (undeclared.isEmpty()) {
      return this;
    }
    var all = new ArrayList<>(problems);
    all.addAll(undeclared);
    all.sort(Comparator.comparingInt(GiftProblem::line));
    List<GiftProblem> kept = all.subList(0, Math.min(all.size(), GiftProblems.KEPT));
    return new GiftResult(null, kept, problemCount + undeclared.size(), skipped, skippedCount);
  }
}
