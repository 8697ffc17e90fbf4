package kr.cheongnabi.benchmark;

import java.util.Arrays;
import java.util.List;

/** Something a benchmark timed over several runs, with its target; the median counts. */
record Timing(String what, double targetMillis, double[] millis) {

  private static final int WARM_UPS = 2;

  /** Runs the work twice to warm up, then {@code runs} times, and prints the median. */
  static Timing time(String what, double targetMillis, int runs, Runnable work) {
    for (int i = 0; i < WARM_UPS; i++) {
      work.run();
    }
    var millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    var timing = new Timing(what, targetMillis, millis);
    System.out.printf("  %-55s median %,9.1f ms%n", what, timing.median());
    return timing;
  }

  /**
   * Prints the timings as a table between rules of {@code width}: min, median and max, the target
   * and PASS or FAIL; a timing with an infinite target is shown for comparison, without either.
   *
   * @return whether every timing was within its target
   */
  static boolean printTable(List<Timing> timings, int width) {
    boolean inTime = true;
    System.out.println("-".repeat(width));
    System.out.printf(
        " %-55s %4s %8s %8s %8s %9s%n", "ms", "runs", "min", "median", "max", "target");
    for (var t : timings) {
      boolean compared = Double.isInfinite(t.targetMillis());
      inTime &= t.inTime();
      System.out.printf(
          " %-55s %4d %8.1f %8.1f %8.1f %9s %s%n",
          t.what(),
          t.millis().length,
          t.min(),
          t.median(),
          t.max(),
          compared ? "-" : "<= %,.0f".formatted(t.targetMillis()),
          compared ? "" : t.inTime() ? "PASS" : "FAIL");
    }
    System.out.println("-".repeat(width));
    return inTime;
  }

  double min() {
    return Arrays.stream(millis).min().orElseThrow();
  }

  double median() {
    var sorted = millis.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  double max() {
    return Arrays.stream(millis).max().orElseThrow();
  }

  /** The median within the target: one slow run on a busy machine does not fail it. */
  boolean inTime() {
    return median() <= targetMillis;
  }
}
