package kr.cheongnabi.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last entry of the chain: its sequence number and hash. Its single row is what every append
 * locks, so appends on all instances follow each other and number the chain without gaps.
 */
@Entity
@Table(name = "ledger_head")
public class ChainHead {

  public static final int ID = 1;

  @Id private int id;

  @Column(name = "seq_no")
  private long sequence;

  @Column(name = "entry_hash")
  private String hash;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ChainHead() {}

  public void advance(LedgerEntry entry) {
    if (entry.getSequence() != sequence + 1 || !entry.getPreviousHash().equals(hash)) {
      throw new IllegalArgumentException(
          "Entry " + entry.getSequence() + " does not follow the head at " + sequence);
    }
    sequence = entry.getSequence();
    hash = entry.getHash();
    updatedAt = entry.getRecordedAt();
  }

  public long getSequence() {
    return sequence;
  }

  public String getHash() {
    return hash;
  }

  /** When the last entry was recorded; null while the ledger is empty. */
  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
