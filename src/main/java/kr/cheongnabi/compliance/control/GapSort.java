package kr.cheongnabi.compliance.control;

/** The columns a gap list can be sorted by, with the SQL expression each sorts on. */
public enum GapSort {
  NUMBER("e.employee_number"),
  NAME("e.name"),
  UNIT("u.code"),
  OWED("o.owed_minutes"),
  CREDITED("credited"),
  MISSING("missing"),
  /** In the order of {@link Standing}: target met first, nothing owed last. */
  STANDING(
      "CASE WHEN o.owed_minutes <= 0 THEN 3 WHEN "
          + GapFilter.CREDITED
          + " >= o.owed_minutes THEN 0 WHEN "
          + GapFilter.CREDITED
          + " >= o.floor_minutes THEN 1 ELSE 2 END");

  private final String expression;

  GapSort(String expression) {
    this.expression = expression;
  }

  String expression() {
    return expression;
  }
}
