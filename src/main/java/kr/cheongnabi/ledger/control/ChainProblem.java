package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * The first place where the chain is not as the application wrote it.
 *
 * @param sequence the sequence number of the entry that is wrong or missing
 * @param entryId the row id of that entry; null when it is missing
 */
public record ChainProblem(Kind kind, long sequence, Long entryId) implements Serializable {

  public enum Kind {
    /** The entry's content no longer matches its hash: changed after it was written, or forged. */
    CHANGED,
    /** No entry has this sequence number, though later ones exist or the head counts it. */
    MISSING,
    /**
     * The entry was put into the chain afterwards: the next one links past it, or it lies beyond
     * the head.
     */
    INSERTED,
    /**
     * The entry does not link to the one before it: that one was replaced with a new hash, or
     * entries were removed and the rest renumbered.
     */
    UNLINKED,
    /** The last entry is not the one the head recorded: it was rewritten with a new hash. */
    HEAD_DIFFERS
  }
}
