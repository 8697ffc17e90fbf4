package kr.cheongnabi.report.control;

/**
 * Which people of a unit a gap list shows, with the SQL condition of each on {@code obligation o}.
 */
public enum GapFilter {
  EVERYONE("TRUE"),
  /** Everyone who owes hours and has not met the target: the people follow-up training is for. */
  GAPS("o.missing_minutes > 0"),
  MET_TARGET("o.standing = 0"),
  FLOOR_ONLY("o.standing = 1"),
  BELOW_FLOOR("o.standing = 2"),
  NOT_OWED("o.standing = 3");

  // The codes of obligation.standing (V10) are the positions of Standing.

  private final String condition;

  GapFilter(String condition) {
    this.condition = condition;
  }

  String condition() {
    return condition;
  }
}
