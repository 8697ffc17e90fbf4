package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * A kept digest compared with the ledger.
 *
 * @param length the ledger's length when checked
 * @param problem the first problem in the chain up to the digest's entry, for {@code BROKEN}
 */
public record DigestCheck(Outcome outcome, Digest digest, long length, ChainProblem problem)
    implements Serializable {

  public enum Outcome {
    /** The chain up to the digest's entry is intact and that entry carries the digest's hash. */
    MATCHES,
    /** The ledger ends before the digest's entry: entries were removed from its end. */
    SHORTER,
    /** The chain up to the digest's entry shows a problem. */
    BROKEN,
    /**
     * The chain is consistent but the digest's entry carries another hash: the chain was rewritten
     * with new hashes by someone who knows how they are computed.
     */
    DIFFERS
  }

  public boolean matches() {
    return outcome == Outcome.MATCHES;
  }
}
