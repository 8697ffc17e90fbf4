package kr.cheongnabi.quiz.control;

import java.util.Map;

/**
 * The totals kept for one quiz version (table quiz_version_tally and quiz_statement_tally).
 *
 * @param started attempts started on the version
 * @param finished of those, the finished ones
 * @param passed of those, the passed ones
 * @param statements the totals of each statement, by statement key
 */
public record VersionTally(
    int started, int finished, int passed, Map<String, StatementTally> statements) {

  /**
   * The totals of one statement over the finished attempts that drew it.
   *
   * @param answered answered rightly or wrongly
   * @param wrong answered wrongly
   * @param unanswered not answered before the attempt was finished
   */
  public record StatementTally(int answered, int wrong, int unanswered) {

    public Share wrongShare() {
      return new Share(wrong, answered);
    }
  }

  public VersionTally {
    statements = Map.copyOf(statements);
  }

  public int open() {
    return started - finished;
  }

  public Share passRate() {
    return new Share(passed, finished);
  }
}
