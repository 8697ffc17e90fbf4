package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * The outcome of walking the whole chain.
 *
 * @param length the sequence number of the head, i.e. the number of entries
 * @param headRecordedAt when the head entry was recorded; null for an empty ledger
 * @param problem the first problem found; null when the chain is intact
 */
public record Verification(
    long length, String headHash, Instant headRecordedAt, Instant checkedAt, ChainProblem problem)
    implements Serializable {

  public boolean intact() {
    return problem == null;
  }
}
