package kr.cheongnabi.ledger.entity;

/**
 * What an entry credits. Each kind takes its sources from one place (the type of its {@link
 * SourceKey}) and is counted in its own column of the yearly totals.
 */
public enum EntryKind {
  ONLINE_MODULE("module", "module_minutes"),
  QUIZ("quiz-credit", "quiz_minutes"),
  IN_PERSON("session", "in_person_minutes"),
  EXTERNAL("external", "external_minutes"),
  CORRECTION("correction", "correction_minutes");

  private final String sourceType;
  private final String totalColumn;

  EntryKind(String sourceType, String totalColumn) {
    this.sourceType = sourceType;
    this.totalColumn = totalColumn;
  }

  /** The type of source key an entry of this kind comes from, e.g. {@code quiz-credit}. */
  public String sourceType() {
    return sourceType;
  }

  /** The column of ledger_total that adds up this kind. */
  public String totalColumn() {
    return totalColumn;
  }
}
