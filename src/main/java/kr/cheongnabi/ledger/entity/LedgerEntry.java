package kr.cheongnabi.ledger.entity;

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

/**
 * One entry of the hours ledger, as written once and never changed: the database refuses updates
 * and deletes of these rows, and the hash seals the content.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQuery(
    name = LedgerEntry.OF_SOURCE,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.sourceKey = :source AND e.employeeId = :employeeId")
@NamedQuery(
    name = LedgerEntry.OF_EMPLOYEE_YEAR,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.employeeId = :employeeId"
            + " AND e.trainingYear = :year ORDER BY e.sequence")
@NamedQuery(
    name = LedgerEntry.CHAIN,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.sequence > :after AND e.sequence <= :until"
            + " ORDER BY e.sequence")
@NamedQuery(
    name = LedgerEntry.LEARNING_AFTER,
    query =
        "SELECT e FROM LedgerEntry e WHERE e.sequence > :after AND e.kind <> :correction"
            + " ORDER BY e.sequence")
@NamedQuery(
    name = LedgerEntry.SOURCES_IN,
    query = "SELECT e.sourceKey, e.employeeId FROM LedgerEntry e WHERE e.sourceKey IN :sources")
public class LedgerEntry {

  public static final String OF_SOURCE = "LedgerEntry.ofSource";
  public static final String OF_EMPLOYEE_YEAR = "LedgerEntry.ofEmployeeYear";
  public static final String CHAIN = "LedgerEntry.chain";
  public static final String LEARNING_AFTER = "LedgerEntry.learningAfter";
  public static final String SOURCES_IN = "LedgerEntry.sourcesIn";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "seq_no", updatable = false)
  private long sequence;

  @Column(name = "employee_id", updatable = false)
  private long employeeId;

  @Column(name = "training_year", updatable = false)
  private int trainingYear;

  @Column(updatable = false)
  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private EntryKind kind;

  @Column(name = "source_key", updatable = false)
  private String sourceKey;

  @Column(name = "occurred_at", updatable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(updatable = false)
  private String reason;

  @Column(name = "previous_hash", updatable = false)
  private String previousHash;

  @Column(name = "entry_hash", updatable = false)
  private String hash;

  protected LedgerEntry() {}

  /** The entry with the content given, sealed with its hash. */
  public LedgerEntry(EntryContent content) {
    sequence = content.sequence();
    employeeId = content.employeeId();
    trainingYear = content.trainingYear();
    minutes = content.minutes();
    kind = content.kind();
    sourceKey = content.source().toString();
    occurredAt = content.occurredAt();
    recordedAt = content.recordedAt();
    recordedBy = content.recordedBy();
    reason = content.reason();
    previousHash = content.previousHash();
    hash = content.hash();
  }

  /** The content as stored, which verification hashes again and compares with the stored hash. */
  public EntryContent content() {
    return new EntryContent(
        sequence,
        employeeId,
        trainingYear,
        minutes,
        kind,
        SourceKey.parse(sourceKey),
        occurredAt,
        recordedAt,
        recordedBy,
        reason,
        previousHash);
  }

  public Long getId() {
    return id;
  }

  public long getSequence() {
    return sequence;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getMinutes() {
    return minutes;
  }

  public EntryKind getKind() {
    return kind;
  }

  public SourceKey getSource() {
    return SourceKey.parse(sourceKey);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getReason() {
    return reason;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
