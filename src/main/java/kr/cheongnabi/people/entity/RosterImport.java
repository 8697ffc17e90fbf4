package kr.cheongnabi.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * One uploaded roster file: its progress while it runs and its outcome. Kept in the database so
 * that any instance of a cluster can show the progress of an import another instance runs.
 */
@Entity
@Table(name = "roster_import")
@NamedQuery(name = RosterImport.RECENT, query = "SELECT r FROM RosterImport r ORDER BY r.id DESC")
@NamedQuery(
    name = RosterImport.BEAT,
    query =
        "UPDATE RosterImport r SET r.heartbeatAt = :at WHERE r.id IN :ids"
            + " AND r.state IN :running")
@NamedQuery(
    name = RosterImport.EXPIRE,
    query =
        "UPDATE RosterImport r SET r.state = :failed, r.failure = :reason, r.finishedAt = :at"
            + " WHERE r.state IN :running AND r.heartbeatAt < :leaseEnd")
public class RosterImport {

  public static final String RECENT = "RosterImport.recent";
  public static final String BEAT = "RosterImport.beat";
  public static final String EXPIRE = "RosterImport.expire";

  public enum State {
    VALIDATING,
    IMPORTING,
    DONE,
    REJECTED,
    FAILED;

    /** The states of an import still under way. */
    public static final Set<State> RUNNING = Set.of(VALIDATING, IMPORTING);

    public boolean isFinished() {
      return !RUNNING.contains(this);
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "charset_name")
  private String charsetName;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "total_rows")
  private int totalRows;

  @Column(name = "processed_rows")
  private int processedRows;

  @Column(name = "created_count")
  private int createdCount;

  @Column(name = "updated_count")
  private int updatedCount;

  @Column(name = "unchanged_count")
  private int unchangedCount;

  @Column(name = "problem_count")
  private int problemCount;

  private String failure;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** When the instance running it last said it still does. */
  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  protected RosterImport() {}

  public RosterImport(String fileName, String startedBy, Instant startedAt) {
    this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.heartbeatAt = startedAt;
    this.state = State.VALIDATING;
  }

  public void validated(String charsetName, int totalRows) {
    this.charsetName = charsetName;
    this.totalRows = totalRows;
    this.state = State.IMPORTING;
  }

  public void progressed(int processedRows) {
    this.processedRows = processedRows;
  }

  public void rejected(String charsetName, int problemCount, Instant at) {
    this.charsetName = charsetName;
    this.problemCount = problemCount;
    this.state = State.REJECTED;
    this.finishedAt = at;
  }

  public void done(int created, int updated, int unchanged, Instant at) {
    this.createdCount = created;
    this.updatedCount = updated;
    this.unchangedCount = unchanged;
    this.processedRows = totalRows;
    this.state = State.DONE;
    this.finishedAt = at;
  }

  public void failed(String reason, Instant at) {
    this.failure = reason == null ? "" : reason.substring(0, Math.min(reason.length(), 1000));
    this.state = State.FAILED;
    this.finishedAt = at;
  }

  /** Progress in percent: validation counts for the first tenth, writing for the rest. */
  public int percent() {
    if (state.isFinished()) {
      return 100;
    }
    if (state == State.VALIDATING || totalRows == 0) {
      return 5;
    }
    return 10 + (int) (90L * processedRows / totalRows);
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getCharsetName() {
    return charsetName;
  }

  public State getState() {
    return state;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getProcessedRows() {
    return processedRows;
  }

  public int getCreatedCount() {
    return createdCount;
  }

  public int getUpdatedCount() {
    return updatedCount;
  }

  public int getUnchangedCount() {
    return unchangedCount;
  }

  public int getProblemCount() {
    return problemCount;
  }

  public String getFailure() {
    return failure;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
