package kr.cheongnabi.compliance.control;

/** Which people of a unit a gap list shows, with the SQL condition of each choice. */
public enum GapFilter {
  EVERYONE("TRUE"),
  /** Everyone who owes hours and has not met the target: the people follow-up training is for. */
  GAPS("o.owed_minutes > 0 AND " + GapFilter.CREDITED + " < o.owed_minutes"),
  MET_TARGET("o.owed_minutes > 0 AND " + GapFilter.CREDITED + " >= o.owed_minutes"),
  FLOOR_ONLY(
      "o.owed_minutes > 0 AND "
          + GapFilter.CREDITED
          + " < o.owed_minutes AND "
          + GapFilter.CREDITED
          + " >= o.floor_minutes"),
  BELOW_FLOOR("o.owed_minutes > 0 AND " + GapFilter.CREDITED + " < o.floor_minutes"),
  NOT_OWED("o.owed_minutes = 0");

  /** The credited minutes of the row's employee and year (ledger_total t, left-joined). */
  static final String CREDITED = "COALESCE(t.total_minutes, 0)";

  private final String condition;

  GapFilter(String condition) {
    this.condition = condition;
  }

  String condition() {
    return condition;
  }
}
