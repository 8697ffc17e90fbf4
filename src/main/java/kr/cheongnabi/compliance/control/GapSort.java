package kr.cheongnabi.compliance.control;

/** The columns a gap list can be sorted by, with the SQL expression each sorts on. */
public enum GapSort {
  NUMBER("e.employee_number"),
  NAME("e.name"),
  UNIT("u.code"),
  OWED("o.owed_minutes"),
  CREDITED("credited"),
  MISSING("missing");

  private final String expression;

  GapSort(String expression) {
    this.expression = expression;
  }

  String expression() {
    return expression;
  }
}
