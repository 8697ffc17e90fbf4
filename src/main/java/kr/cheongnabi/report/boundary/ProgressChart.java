package kr.cheongnabi.report.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.report.control.YearProgress;

/**
 * The geometry of the cumulative-hours line chart, drawn by the page as inline SVG: a line for the
 * year so far and one for the year before, hours on the vertical axis. The same figures are in
 * {@link #months()} for the table beside it.
 */
public record ProgressChart(
    int year,
    String currentPoints,
    String previousPoints,
    List<Tick> ticks,
    List<Month> months,
    long totalMinutes,
    long previousMinutes)
    implements Serializable {

  public static final int WIDTH = 640;
  public static final int HEIGHT = 260;
  static final int LEFT = 56;
  static final int RIGHT = 16;
  static final int TOP = 12;
  static final int BOTTOM = 32;

  /** A line across the chart at a number of hours; y in SVG units. */
  public record Tick(double y, String hours) implements Serializable {}

  /**
   * A month's place on the axis and its running totals, shown as hours by the page.
   *
   * @param minutes this year's running total, or null when the month has not begun yet
   */
  public record Month(int number, double x, Long minutes, long previousMinutes)
      implements Serializable {}

  public static ProgressChart of(YearProgress progress) {
    var maxMinutes = 0L;
    for (var month = 0; month < 12; month++) {
      maxMinutes = Math.max(maxMinutes, progress.previousCumulative().get(month));
      if (month < progress.monthsSoFar()) {
        maxMinutes = Math.max(maxMinutes, progress.cumulative().get(month));
      }
    }
    var step = tickStepHours(maxMinutes);
    var topHours = Math.max(step, (maxMinutes + step * 60L - 1) / (step * 60L) * step);
    var plotHeight = HEIGHT - TOP - BOTTOM;
    var ticks = new ArrayList<Tick>();
    for (long hours = 0; hours <= topHours; hours += step) {
      ticks.add(
          new Tick(y(hours * 60, topHours, plotHeight), String.format(Locale.ROOT, "%,d", hours)));
    }
    var current = new StringBuilder();
    var previous = new StringBuilder();
    var months = new ArrayList<Month>();
    for (var month = 0; month < 12; month++) {
      var x = x(month);
      var last = progress.previousCumulative().get(month);
      previous.append(point(x, y(last, topHours, plotHeight)));
      var begun = month < progress.monthsSoFar();
      var now = progress.cumulative().get(month);
      if (begun) {
        current.append(point(x, y(now, topHours, plotHeight)));
      }
      months.add(new Month(month + 1, x, begun ? now : null, last));
    }
    return new ProgressChart(
        progress.year(),
        current.toString().strip(),
        previous.toString().strip(),
        List.copyOf(ticks),
        List.copyOf(months),
        progress.total(),
        progress.previousAtSameMonth());
  }

  /** Where the month's points sit: January at the left edge, December at the right. */
  static double x(int month) {
    return LEFT + month * (WIDTH - LEFT - RIGHT) / 11.0;
  }

  /** The bottom edge of the plot, where the month labels hang. */
  public int baseline() {
    return HEIGHT - BOTTOM;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  private static double y(long minutes, long topHours, int plotHeight) {
    return TOP + plotHeight * (1 - minutes / (topHours * 60.0));
  }

  /** About four lines across, at 1, 2 or 5 times a power of ten hours. */
  private static long tickStepHours(long maxMinutes) {
    var rough = Math.max(1.0, maxMinutes / 60.0 / 4);
    var power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (var factor : new int[] {1, 2, 5, 10}) {
      if (factor * power >= rough) {
        return (long) (factor * power);
      }
    }
    return (long) (10 * power);
  }

  private static String point(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
  }
}
