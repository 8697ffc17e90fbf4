package kr.cheongnabi.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One problem found in a rejected roster file, kept so the page can list them all. */
@Entity
@Table(name = "roster_import_problem")
@NamedQuery(
    name = RosterImportProblem.OF_IMPORT,
    query =
        "SELECT p FROM RosterImportProblem p WHERE p.importId = :importId"
            + " ORDER BY p.lineNumber, p.id")
@NamedQuery(
    name = RosterImportProblem.COUNT_OF_IMPORT,
    query = "SELECT COUNT(p) FROM RosterImportProblem p WHERE p.importId = :importId")
public class RosterImportProblem {

  public static final String OF_IMPORT = "RosterImportProblem.ofImport";
  public static final String COUNT_OF_IMPORT = "RosterImportProblem.countOfImport";
  private static final String SEPARATOR = "\u001f";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "import_id")
  private long importId;

  @Column(name = "line_number")
  private int lineNumber;

  @Column(name = "column_name")
  private String columnName;

  @Column(name = "message_key")
  private String messageKey;

  @Column(name = "message_args")
  private String messageArgs;

  protected RosterImportProblem() {}

  public RosterImportProblem(
      long importId, int lineNumber, String columnName, String messageKey, List<String> args) {
    this.importId = importId;
    this.lineNumber = lineNumber;
    this.columnName = columnName == null ? null : clip(columnName, 64);
    this.messageKey = messageKey;
    this.messageArgs = clip(String.join(SEPARATOR, args), 1000);
  }

  private static String clip(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  public int getLineNumber() {
    return lineNumber;
  }

  public String getColumnName() {
    return columnName;
  }

  public String getMessageKey() {
    return messageKey;
  }

  public List<String> getMessageArgs() {
    return messageArgs == null || messageArgs.isEmpty()
        ? List.of()
        : Arrays.asList(messageArgs.split(SEPARATOR, -1));
  }
}
