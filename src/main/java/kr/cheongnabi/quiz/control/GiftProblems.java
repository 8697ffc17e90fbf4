package kr.cheongnabi.quiz.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one reading: every one is counted, the first {@link #KEPT} are kept. A file of
 * broken statements can have a problem on every line; nobody reads 200,000 of them, and they must
 * not fill the memory or the page that lists them.
 */
final class GiftProblems {

  /** As many as a roster import keeps: enough to fix a file from, at a page of 50 at a time. */
  static final int KEPT = 1000;

  private final List<GiftProblem> kept = new ArrayList<>();
  private int count;

  void add(GiftProblem problem) {
    count++;
    if (kept.size() < KEPT) {
      kept.add(problem);
    }
  }

  /** How many were found, kept or not. */
  int count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The kept ones in the order of their lines. */
  List<GiftProblem> kept() {
    var sorted = new ArrayList<>(kept);
    sorted.sort(Comparator.comparingInt(GiftProblem::line));
    return sorted;
  }
}
