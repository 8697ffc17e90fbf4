package kr.cheongnabi.ledger.control;

import java.util.Optional;
import kr.cheongnabi.ledger.control.ChainProblem.Kind;
import kr.cheongnabi.ledger.entity.EntryContent;

/**
 * Checks entries one at a time in the order of their sequence numbers, keeping only the last two
 * hashes, so a chain of millions of entries is checked in constant memory.
 */
final class ChainWalk {

  private long last;
  private Long lastId;
  private String lastHash = EntryContent.GENESIS;
  private String hashBeforeLast;

  /** The first problem this entry shows, if any; after a problem the walk stops. */
  Optional<ChainProblem> accept(long id, EntryContent content, String storedHash) {
    var sequence = content.sequence();
    if (sequence != last + 1) {
      return problem(Kind.MISSING, last + 1, null);
    }
    if (!content.previousHash().equals(lastHash)) {
      // Linking to the entry before the last one means the last one was slipped in between.
      return content.previousHash().equals(hashBeforeLast)
          ? problem(Kind.INSERTED, last, lastId)
          : problem(Kind.UNLINKED, sequence, id);
    }
    if (!content.hash().equals(storedHash)) {
      return problem(Kind.CHANGED, sequence, id);
    }
    hashBeforeLast = lastHash;
    lastHash = storedHash;
    last = sequence;
    lastId = id;
    return Optional.empty();
  }

  /** After the last entry read: the entries up to {@code sequence} must all have been there. */
  Optional<ChainProblem> endsAt(long sequence) {
    return last < sequence ? problem(Kind.MISSING, last + 1, null) : Optional.empty();
  }

  long last() {
    return last;
  }

  Long lastId() {
    return lastId;
  }

  String lastHash() {
    return lastHash;
  }

  private static Optional<ChainProblem> problem(Kind kind, long sequence, Long id) {
    return Optional.of(new ChainProblem(kind, sequence, id));
  }
}
