package kr.cheongnabi.benchmark;

import java.util.ArrayList;
import java.util.List;

/** What a benchmark checks besides its times: the counts it expects of what it wrote and read. */
final class Expectations {

  private final List<String> wrong = new ArrayList<>();

  void expect(String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      wrong.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  /**
   * Prints every expectation that was not met and the result under the summary, with its closing
   * rule.
   *
   * @param inTime whether the benchmark's times were within their targets
   * @return whether it passed: in time, and every expectation met
   */
  boolean printResult(boolean inTime, int width) {
    boolean passed = inTime && wrong.isEmpty();
    wrong.forEach(w -> System.out.println(" WRONG: " + w));
    System.out.println(" Result: " + (passed ? "PASS" : "FAIL"));
    System.out.println("=".repeat(width));
    return passed;
  }
}
