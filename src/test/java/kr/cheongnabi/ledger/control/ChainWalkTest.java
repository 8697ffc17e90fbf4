package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.ledger.control.ChainProblem.Kind;
import kr.cheongnabi.ledger.entity.EntryContent;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.Forgery;
import kr.cheongnabi.ledger.entity.SourceKey;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

  /** A stored row: its id, its content and the hash stored with it. */
  record Row(long id, EntryContent content, String hash) {}

  @Test
  void anIntactChainShowsNoProblem() {
    var walk = new ChainWalk();
    assertEquals(Optional.empty(), walkAll(walk, chain(5)));
    assertEquals(Optional.empty(), walk.endsAt(5));
    assertEquals(5, walk.last());
  }

  @Test
  void aChangedEntryIsNamedByItsSequenceNumber() {
    var rows = chain(5);
    var third = rows.get(2);
    rows.set(2, new Row(third.id(), withMinutes(third.content(), 600), third.hash()));
    assertEquals(problem(Kind.CHANGED, 3, 103), walkAll(new ChainWalk(), rows));
  }

  @Test
  void aRemovedEntryIsNamedAsMissing() {
    var rows = chain(5);
    rows.remove(1);
    assertEquals(problem(Kind.MISSING, 2, null), walkAll(new ChainWalk(), rows));
  }

  @Test
  void removingTheLastEntriesShowsWhenTheHeadCountsThem() {
    var rows = chain(5);
    var walk = new ChainWalk();
    assertEquals(Optional.empty(), walkAll(walk, rows.subList(0, 3)));
    assertEquals(problem(Kind.MISSING, 4, null), walk.endsAt(5));
  }

  @Test
  void anEntrySlippedInWithACorrectHashAndTheRestRenumberedIsNamedAsInserted() {
    var rows = chain(5);
    var forged = content(3, rows.get(1).hash());
    var tampered = new ArrayList<>(rows.subList(0, 2));
    tampered.add(new Row(999, forged, forged.hash()));
    for (var row : rows.subList(2, 5)) {
      tampered.add(new Row(row.id(), renumbered(row.content(), 1), row.hash()));
    }
    assertEquals(problem(Kind.INSERTED, 3, 999), walkAll(new ChainWalk(), tampered));
  }

  @Test
  void anEntryRemovedWithTheRestRenumberedBreaksTheLink() {
    var rows = chain(5);
    var tampered = new ArrayList<>(rows.subList(0, 2));
    for (var row : rows.subList(3, 5)) {
      tampered.add(new Row(row.id(), renumbered(row.content(), -1), row.hash()));
    }
    assertEquals(problem(Kind.UNLINKED, 3, 104), walkAll(new ChainWalk(), tampered));
  }

  @Test
  void theFirstEntryMustFollowTheEmptyChain() {
    var first = content(1, "a".repeat(64));
    assertEquals(problem(Kind.UNLINKED, 1, 7), new ChainWalk().accept(7, first, first.hash()));
  }

  private static Optional<ChainProblem> walkAll(ChainWalk walk, List<Row> rows) {
    for (var row : rows) {
      var found = walk.accept(row.id(), row.content(), row.hash());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<ChainProblem> problem(Kind kind, long sequence, Integer id) {
    return Optional.of(new ChainProblem(kind, sequence, id == null ? null : id.longValue()));
  }

  /** Entries 1..n as the application appends them, with ids 101, 102, ... */
  static List<Row> chain(int n) {
    var rows = new ArrayList<Row>();
    var previous = EntryContent.GENESIS;
    for (int i = 1; i <= n; i++) {
      var content = content(i, previous);
      previous = content.hash();
      rows.add(new Row(100 + i, content, previous));
    }
    return rows;
  }

  private static EntryContent content(long sequence, String previous) {
    return new EntryContent(
        sequence,
        42,
        2025,
        30,
        EntryKind.QUIZ,
        new SourceKey("quiz-credit", "c" + sequence),
        Instant.parse("2025-05-01T00:00:00Z").plusSeconds(sequence),
        Instant.parse("2025-05-01T00:00:01Z").plusSeconds(sequence),
        Ledger.SYSTEM,
        null,
        previous);
  }

  private static EntryContent withMinutes(EntryContent c, int minutes) {
    return Forgery.of(c, c.sequence(), minutes, c.previousHash());
  }

  private static EntryContent renumbered(EntryContent c, int by) {
    return Forgery.of(c, c.sequence() + by, c.minutes(), c.previousHash());
  }
}
