package kr.cheongnabi.ledger.entity;

/** What a tamperer does to an entry's content: another number, other minutes, another link. */
public final class Forgery {

  private Forgery() {}

  public static EntryContent of(EntryContent c, long sequence, int minutes, String previousHash) {
    return new EntryContent(
        sequence,
        c.employeeId(),
        c.trainingYear(),
        minutes,
        c.kind(),
        c.source(),
        c.occurredAt(),
        c.recordedAt(),
        c.recordedBy(),
        c.reason(),
        previousHash);
  }
}
