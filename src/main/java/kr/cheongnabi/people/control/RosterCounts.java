package kr.cheongnabi.people.control;

/** What an import did: employees created, updated, and left as they were. */
public record RosterCounts(int created, int updated, int unchanged) {

  public RosterCounts {
    if (created < 0 || updated < 0 || unchanged < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
  }

  public int total() {
    return created + updated + unchanged;
  }
}
