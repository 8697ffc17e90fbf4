package kr.cheongnabi.cluster;

/** The two moments of a fail-over run that every taker watches: the kill, and the end. */
final class Phase {

  private volatile boolean killed;
  private volatile long killedAt;
  private volatile boolean stopping;

  void kill() {
    killedAt = System.nanoTime();
    killed = true;
  }

  boolean killed() {
    return killed;
  }

  /** Whether something that happened at the given {@link System#nanoTime()} came after the kill. */
  boolean afterKill(long nanoTime) {
    return killed && nanoTime - killedAt >= 0;
  }

  void stop() {
    stopping = true;
  }

  boolean stopping() {
    return stopping;
  }
}
