package kr.cheongnabi.report.control;

/** The columns a gap list can be sorted by, with the SQL expression each sorts on. */
public enum GapSort {
  NUMBER("e.employee_number", "e.id"),
  NAME("e.name", "e.id"),
  UNIT("u.code", "e.employee_number"),
  OWED("o.owed_minutes", "o.employee_id"),
  CREDITED("o.credited_minutes", "o.employee_id"),
  MISSING("o.missing_minutes", "o.employee_id"),
  /** In the order of {@link Standing}: target met first, nothing owed last. */
  STANDING("o.standing", "o.employee_id");

  private final String expression;
  private final String tieBreak;

  GapSort(String expression, String tieBreak) {
    this.expression = expression;
    this.tieBreak = tieBreak;
  }

  String expression() {
    return expression;
  }

  /**
   * What orders rows of equal value: for the minute columns, the key that follows them in their
   * index.
   */
  String tieBreak() {
    return tieBreak;
  }

  /** Whether the column is one of obligation's, each with an index beginning (year, column). */
  boolean onObligation() {
    return expression.startsWith("o.");
  }
}
