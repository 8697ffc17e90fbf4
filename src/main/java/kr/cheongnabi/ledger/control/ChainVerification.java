package kr.cheongnabi.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import kr.cheongnabi.ledger.control.ChainProblem.Kind;
import kr.cheongnabi.ledger.control.DigestCheck.Outcome;
import kr.cheongnabi.ledger.entity.ChainHead;
import kr.cheongnabi.ledger.entity.LedgerEntry;

/**
 * Walks the chain from its first entry and reports the first one that was changed, removed or
 * inserted. Entries are read a chunk at a time by sequence number, each chunk in a statement of its
 * own and without a transaction, so the walk holds neither the whole ledger in memory nor any lock
 * or long snapshot while appends go on.
 *
 * <p>The walk finds rows changed, removed or inserted by someone who did not recompute the hashes
 * after them. Someone who did (knowing how hashes are made) and moved the head is found by a digest
 * kept from before the change, which {@link #check(Digest)} compares (README: threat model).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainVerification {

  static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TotalsVerification totals;

  /** The head as it is now: the chain's length and last hash. */
  public ChainHead head() {
    return em.find(ChainHead.class, ChainHead.ID);
  }

  /**
   * Checks every entry up to the head as it was when the walk began (entries appended meanwhile are
   * left to the next verification), then the kept totals against the entries.
   */
  public Verification verify() {
    var head = head();
    var walk = new ChainWalk();
    var problem =
        walk(walk, head.getSequence())
            .or(() -> headDiffers(walk, head))
            .or(this::beyondHead)
            .orElse(null);
    return new Verification(
        head.getSequence(),
        head.getHash(),
        head.getUpdatedAt(),
        clock.instant(),
        problem,
        totals.check());
  }

  /** The current head, to be kept elsewhere. */
  public Digest digest() {
    var head = head();
    return new Digest(head.getSequence(), head.getHash(), head.getUpdatedAt(), clock.instant());
  }

  /** Checks the chain up to the digest's entry, and that this entry still carries its hash. */
  public DigestCheck check(Digest kept) {
    var length = head().getSequence();
    if (kept.sequence() > length) {
      return new DigestCheck(Outcome.SHORTER, kept, length, null);
    }
    var walk = new ChainWalk();
    var problem = walk(walk, kept.sequence());
    if (problem.isPresent()) {
      return new DigestCheck(Outcome.BROKEN, kept, length, problem.get());
    }
    return new DigestCheck(
        walk.lastHash().equals(kept.hash()) ? Outcome.MATCHES : Outcome.DIFFERS,
        kept,
        length,
        null);
  }

  private Optional<ChainProblem> walk(ChainWalk walk, long until) {
    while (walk.last() < until) {
      var chunk =
          em.createNamedQuery(LedgerEntry.CHAIN, LedgerEntry.class)
              .setParameter("after", walk.last())
              .setParameter("until", until)
              .setMaxResults(CHUNK)
              .getResultList();
      if (chunk.isEmpty()) {
        break;
      }
      for (var entry : chunk) {
        var problem = walk.accept(entry.getId(), entry.content(), entry.getHash());
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return walk.endsAt(until);
  }

  private static Optional<ChainProblem> headDiffers(ChainWalk walk, ChainHead head) {
    return walk.lastHash().equals(head.getHash())
        ? Optional.empty()
        : Optional.of(new ChainProblem(Kind.HEAD_DIFFERS, head.getSequence(), walk.lastId()));
  }

  /**
   * An entry beyond the head was not appended by the application, which moves the head in the same
   * transaction. One statement reads both, so an append that commits meanwhile is not mistaken.
   */
  private Optional<ChainProblem> beyondHead() {
    // Native: the head and the entries joined in one statement, LIMIT 1.
    var rows =
        em.createNativeQuery(
                "SELECT e.seq_no, e.id FROM ledger_entry e JOIN ledger_head h ON h.id = 1"
                    + " WHERE e.seq_no > h.seq_no ORDER BY e.seq_no LIMIT 1")
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    var row = (Object[]) rows.get(0);
    return Optional.of(
        new ChainProblem(
            Kind.INSERTED, ((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
  }
}
