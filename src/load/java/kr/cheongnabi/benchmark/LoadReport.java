package kr.cheongnabi.benchmark;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The table at the end of a run: per level the answers per second, the answer save's percentiles,
 * the errors and the raw insert's percentiles at the same concurrency, with a verdict against the
 * targets of issue 9; who used the processors in each window; then the two bursts, the check of the
 * acknowledged answers and the machine.
 */
final class LoadReport {

  static final int P95_TARGET_MS = 200;
  static final double RATIO_TARGET = 3;
  static final int STARTS_P99_TARGET_MS = 1000;

  private final LoadPlan plan;
  private final GatlingResults gatling;
  private final List<RawInsertBaseline.Result> raw;
  private final List<Optional<CpuShares.Shares>> cpu;
  private final AnswerCheck check;
  private final PrintStream out;

  LoadReport(
      LoadPlan plan,
      GatlingResults gatling,
      List<RawInsertBaseline.Result> raw,
      List<Optional<CpuShares.Shares>> cpu,
      AnswerCheck check,
      PrintStream out) {
    this.plan = plan;
    this.gatling = gatling;
    this.raw = raw;
    this.cpu = cpu;
    this.check = check;
    this.out = out;
  }

  void print(String setting, MachineLoad before, MachineLoad after) {
    out.println();
    out.println("=".repeat(118));
    out.println(" Load benchmark: " + setting);
    out.println("=".repeat(118));
    out.printf(
        " %7s  %9s  %-26s  %6s  %-26s  %9s  %s%n",
        "takers",
        "answers/s",
        "answer save p50/p95/p99",
        "errors",
        "raw insert p50/p95/p99",
        "p95 ratio",
        "verdict");
    for (int i = 0; i < plan.levels().size(); i++) {
      level(plan.levels().get(i), raw.get(i));
    }
    out.println();
    processors();
    errorKinds();
    bursts();
    answers();
    out.println(" Machine at the start: " + before);
    out.println(" Machine at the end:   " + after);
    out.println(" Gatling's report: " + gatling.report().toUri());
    out.println("=".repeat(118));
  }

  private void level(LoadPlan.Level level, RawInsertBaseline.Result raw) {
    var answer = gatling.request("answer " + level.tag());
    long errors = gatling.failed(tagged(level.tag()));
    double perSecond = gatling.succeeded("answer " + level.tag()) / level.windowSeconds();
    double ratio = raw.p95() > 0 ? answer.p95() / raw.p95() : Double.NaN;
    var misses = new ArrayList<String>();
    if (answer.count() == 0) {
      misses.add("no answers");
    }
    if (errors > 0) {
      misses.add("errors");
    }
    if (answer.p95() > P95_TARGET_MS) {
      misses.add("p95 > " + P95_TARGET_MS + " ms");
    }
    if (!(ratio <= RATIO_TARGET)) {
      misses.add("ratio > " + (int) RATIO_TARGET);
    }
    out.printf(
        " %,7d  %9.1f  %6d / %6d / %6d ms  %,6d  %6.1f / %6.1f / %6.1f ms  %8.2f×  %s%n",
        level.takers(),
        perSecond,
        answer.p50(),
        answer.p95(),
        answer.p99(),
        errors,
        raw.p50(),
        raw.p95(),
        raw.p99(),
        ratio,
        misses.isEmpty() ? "PASS" : "FAIL: " + String.join(", ", misses));
  }

  /** Where the processors went in each window: a tail that waits for one shows here. */
  private void processors() {
    if (cpu.stream().allMatch(Optional::isEmpty)) {
      return;
    }
    out.printf(
        " Processors used in each window (of %d; in processors' worth):%n",
        Runtime.getRuntime().availableProcessors());
    var start = TakersSimulation.startedAtClock();
    for (int i = 0; i < plan.levels().size(); i++) {
      var level = plan.levels().get(i);
      var from = clock(start, level.windowStart());
      var to = clock(start, level.windowEnd());
      cpu.get(i)
          .ifPresent(
              shares ->
                  out.printf("   %,7d takers (%s–%s): %s%n", level.takers(), from, to, shares));
    }
    out.println();
  }

  private static LocalTime clock(Instant start, long millis) {
    return LocalTime.ofInstant(start.plusMillis(millis), ZoneId.systemDefault())
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private void errorKinds() {
    var any = false;
    for (var level : plan.levels()) {
      any |= kinds(level.tag() + " errors:", gatling.errors(tagged(level.tag())));
    }
    any |=
        kinds(
            "Errors outside the windows (sign-in ramps, between levels):",
            gatling.errors(tagged(LoadPlan.UNMEASURED)));
    if (!any) {
      out.println(" No errors in the windows or between them.");
    }
    var rawErrors = raw.stream().mapToLong(RawInsertBaseline.Result::errors).sum();
    if (rawErrors > 0) {
      out.printf(" Raw inserts that failed: %,d%n", rawErrors);
    }
  }

  private boolean kinds(String title, Map<String, Long> kinds) {
    if (kinds.isEmpty()) {
      return false;
    }
    out.println(" " + title);
    kinds.forEach((kind, count) -> out.printf("   %,7d  %s%n", count, kind));
    return true;
  }

  private void bursts() {
    var starts = gatling.group(TakersSimulation.START_BURST);
    long startErrors = gatling.failed(n -> n.startsWith(TakersSimulation.START_BURST + ": "));
    boolean startsPass =
        starts.count() == plan.starts() && startErrors == 0 && starts.p99() <= STARTS_P99_TARGET_MS;
    out.printf(
        " Start burst: %,d of %,d people started within %d s; start + its page p50/p95/p99"
            + " %d / %d / %d ms, errors %,d. Target p99 ≤ 1 s, no errors: %s%n",
        starts.count(),
        plan.starts(),
        plan.startsWithin().toSeconds(),
        starts.p50(),
        starts.p95(),
        starts.p99(),
        startErrors,
        startsPass ? "PASS" : "FAIL");
    kinds("Start burst errors:", gatling.errors(n -> n.startsWith(TakersSimulation.START_BURST)));
    var signIns = gatling.group(TakersSimulation.SIGN_IN_BURST);
    long signInErrors = gatling.failed(n -> n.startsWith(TakersSimulation.SIGN_IN_BURST + ": "));
    out.printf(
        " Sign-in burst: %,d of %,d people signed in within %d s; sign-in + home p50/p95/p99"
            + " %d / %d / %d ms, errors %,d. Target no errors: %s%n",
        signIns.count(),
        plan.signIns(),
        plan.signInsWithin().toSeconds(),
        signIns.p50(),
        signIns.p95(),
        signIns.p99(),
        signInErrors,
        signIns.count() == plan.signIns() && signInErrors == 0 ? "PASS" : "FAIL");
    kinds(
        "Sign-in burst errors:", gatling.errors(n -> n.startsWith(TakersSimulation.SIGN_IN_BURST)));
    out.println();
  }

  private void answers() {
    out.printf(
        " Acknowledged answers %,d; rows in quiz_answer for the run's attempts %,d; acknowledged"
            + " and stored %,d; lost %,d: %s%n",
        check.acknowledged(),
        check.stored(),
        check.storedAndAcknowledged(),
        check.lost().size(),
        check.passed() ? "PASS" : "FAIL");
    check.lost().stream()
        .limit(20)
        .forEach(
            a -> out.printf("   lost: attempt %d, statement %s%n", a.attempt(), a.statementKey()));
  }

  private static Predicate<String> tagged(String tag) {
    return name -> name.endsWith(" " + tag);
  }
}
