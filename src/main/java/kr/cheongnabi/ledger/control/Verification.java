package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of walking the whole chain, and of comparing the kept totals with the entries.
 *
 * @param length the sequence number of the head, i.e. the number of entries
 * @param headRecordedAt when the head entry was recorded; null for an empty ledger
 * @param problem the first problem found; null when the chain is intact
 * @param totals the totals that disagree with the entries, if any
 */
public record Verification(
    long length,
    String headHash,
    Instant headRecordedAt,
    Instant checkedAt,
    ChainProblem problem,
    TotalsCheck totals)
    implements Serializable {

  /** Whether the chain is as it was written (the totals are told apart: {@link #totals()}). */
  public boolean intact() {
    return problem == null;
  }
}
