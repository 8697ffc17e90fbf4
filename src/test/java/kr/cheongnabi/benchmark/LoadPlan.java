package kr.cheongnabi.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The time line of the load benchmark, from its options (the {@code load.*} properties; the
 * defaults are in the {@code load-benchmark} profile of the POM). Times are milliseconds from the
 * start of the simulation.
 *
 * <p>Takers come in levels. Each level first signs in its newcomers at a steady rate (sign-in is
 * deliberately CPU-heavy, so a level that signed everyone in at once would measure the sign-ins),
 * lets the server settle (the first level longer, by the warm-up: a server just started runs its
 * code in the interpreter), then holds its measured window; people stay signed in and keep taking
 * quizzes until the last window ends, so a level only signs in the people it adds. With the takers
 * at rest, the first {@code starts} people start a second quiz within {@code startsWithin}; people
 * beyond the largest level are signed in for that just before. The sign-in burst comes last.
 *
 * <p>Person numbers start at 1 and follow the order of the sign-ins.
 */
final class LoadPlan {

  /** One level: its number of takers, its newcomers' sign-in ramp and its measured window. */
  record Level(
      int takers, int newcomers, long rampStart, long rampEnd, long windowStart, long windowEnd) {

    /** The suffix of the names of the requests sent in the window, e.g. {@code [250 takers]}. */
    String tag() {
      return "[%d takers]".formatted(takers);
    }

    double windowSeconds() {
      return (windowEnd - windowStart) / 1000.0;
    }
  }

  /** A think time, uniform between the two. */
  record Think(Duration min, Duration max) {
    Think {
      if (min.isNegative() || max.compareTo(min) < 0) {
        throw new IllegalArgumentException("A think time needs 0 ≤ min ≤ max: " + min + "-" + max);
      }
    }
  }

  /** The tag of requests sent outside every measured window. */
  static final String UNMEASURED = "[unmeasured]";

  private final List<Level> levels;
  private final Duration window;
  private final Think think;
  private final double signInRate;
  private final Duration settle;
  private final Duration rawWindow;
  private final int starts;
  private final Duration startsWithin;
  private final int signIns;
  private final Duration signInsWithin;
  private final long lateRampStart;
  private final long lateRampEnd;
  private final long burstStart;

  LoadPlan(
      List<Integer> takers,
      Duration window,
      Duration settle,
      Duration warmUp,
      double signInRate,
      Think think,
      int starts,
      Duration startsWithin,
      int signIns,
      Duration signInsWithin,
      Duration rawWindow) {
    if (takers.isEmpty() || signInRate <= 0 || starts < 0 || signIns < 0) {
      throw new IllegalArgumentException(
          "The benchmark needs at least one level, a positive sign-in rate and no negative counts");
    }
    this.window = window;
    this.think = think;
    this.signInRate = signInRate;
    this.settle = settle;
    this.rawWindow = rawWindow;
    this.starts = starts;
    this.startsWithin = startsWithin;
    this.signIns = signIns;
    this.signInsWithin = signInsWithin;
    var planned = new ArrayList<Level>();
    long t = 0;
    int before = 0;
    for (int n : takers) {
      if (n <= before) {
        throw new IllegalArgumentException("Levels must grow: " + takers);
      }
      long rampEnd = t + rampMillis(n - before);
      long windowStart = rampEnd + settle.toMillis() + (before == 0 ? warmUp.toMillis() : 0);
      long windowEnd = windowStart + window.toMillis();
      planned.add(new Level(n, n - before, t, rampEnd, windowStart, windowEnd));
      t = windowEnd;
      before = n;
    }
    this.levels = List.copyOf(planned);
    this.lateRampStart = t;
    this.lateRampEnd = t + rampMillis(lateComers());
    this.burstStart = lateRampEnd + settle.toMillis();
  }

  /** The plan the {@code load.*} properties describe; every one of them must be given. */
  static LoadPlan from(Function<String, String> properties) {
    Function<String, String> required =
        name -> {
          var value = properties.apply(name);
          if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing -D" + name);
          }
          return value.trim();
        };
    var levels = new ArrayList<Integer>();
    for (var level : required.apply("load.levels").split(",")) {
      levels.add(Integer.parseInt(level.trim().replace("_", "")));
    }
    var think = required.apply("load.think").split("-");
    if (think.length != 2) {
      throw new IllegalArgumentException("-Dload.think is a range such as 5s-10s");
    }
    return new LoadPlan(
        levels,
        duration(required.apply("load.window")),
        duration(required.apply("load.settle")),
        duration(required.apply("load.warmUp")),
        Double.parseDouble(required.apply("load.signInRate")),
        new Think(duration(think[0]), duration(think[1])),
        Integer.parseInt(required.apply("load.starts")),
        duration(required.apply("load.startsWithin")),
        Integer.parseInt(required.apply("load.signIns")),
        duration(required.apply("load.signInsWithin")),
        duration(required.apply("load.rawWindow")));
  }

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)");

  /** {@code 500ms}, {@code 150s}, {@code 3m} or {@code 3min}. */
  static Duration duration(String text) {
    var m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a duration (such as 150s or 3m): " + text);
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }

  /**
   * At least a second: Gatling 3.14 never injects a ramp shorter than a second that follows a pause
   * (its users stay "waiting" and the population ends without them).
   */
  private long rampMillis(int people) {
    return Math.max(1000, (long) Math.ceil(people * 1000.0 / signInRate));
  }

  List<Level> levels() {
    return levels;
  }

  /** The takers of the largest level. */
  int takers() {
    return levels.get(levels.size() - 1).takers();
  }

  /** People signed in only to start in the start burst: those beyond the largest level. */
  int lateComers() {
    return Math.max(0, starts - takers());
  }

  /** The accounts the benchmark needs; the sign-in burst reuses the first ones. */
  int accounts() {
    return Math.max(Math.max(takers(), starts), signIns);
  }

  /** Taking ends with the last measured window; people then finish no more attempts. */
  long takingEnds() {
    return levels.get(levels.size() - 1).windowEnd();
  }

  boolean taking(long elapsed) {
    return elapsed < takingEnds();
  }

  long lateRampStart() {
    return lateRampStart;
  }

  long lateRampEnd() {
    return lateRampEnd;
  }

  /** When the person presses "start" in the start burst: evenly spread over its time. */
  long startAt(int person) {
    return burstStart + (person - 1) * startsWithin.toMillis() / Math.max(1, starts);
  }

  /** The level whose measured window holds the moment, if any. */
  Optional<Level> measuring(long elapsed) {
    return levels.stream()
        .filter(l -> elapsed >= l.windowStart() && elapsed < l.windowEnd())
        .findFirst();
  }

  /** The suffix of the name of a taker's request sent at that moment. */
  String tag(long elapsed) {
    return measuring(elapsed).map(Level::tag).orElse(UNMEASURED);
  }

  Duration window() {
    return window;
  }

  Think think() {
    return think;
  }

  double signInRate() {
    return signInRate;
  }

  Duration settle() {
    return settle;
  }

  Duration rawWindow() {
    return rawWindow;
  }

  int starts() {
    return starts;
  }

  Duration startsWithin() {
    return startsWithin;
  }

  int signIns() {
    return signIns;
  }

  Duration signInsWithin() {
    return signInsWithin;
  }
}
