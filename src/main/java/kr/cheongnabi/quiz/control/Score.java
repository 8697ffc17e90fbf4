package kr.cheongnabi.quiz.control;

/** How many statements of an attempt were answered rightly, and whether that passes. */
public record Score(int right, int total) {

  public Score {
    if (total < 1 || right < 0 || right > total) {
      throw new IllegalArgumentException(right + " right out of " + total + " is not a score");
    }
  }

  /** Whole percent, rounded down, so that a score shown as 70% has really reached 70%. */
  public int percent() {
    return right * 100 / total;
  }

  /** Passed when the share of right answers reaches the pass mark, compared exactly. */
  public boolean passes(int passMarkPercent) {
    return right * 100 >= passMarkPercent * total;
  }
}
