package kr.cheongnabi.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.cheongnabi.report.control.YearProgress;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

  private static final long[] NOTHING = new long[12];

  private static long[] months(long... minutes) {
    var all = new long[12];
    System.arraycopy(minutes, 0, all, 0, minutes.length);
    return all;
  }

  @Test
  void aPastYearDrawsTwelveMonthsFromTheLeftEdgeToTheRight() {
    var chart = ProgressChart.of(YearProgress.of(2024, months(60, 120, 30), NOTHING, 12));
    var points = chart.currentPoints().split(" ");
    assertEquals(12, points.length);
    assertEquals("56.0", points[0].split(",")[0]);
    assertEquals("624.0", points[11].split(",")[0]);
    assertEquals(210, chart.totalMinutes());
    assertEquals(60, chart.months().get(0).minutes());
    assertEquals(210, chart.months().get(11).minutes());
  }

  @Test
  void monthsOfThisYearNotYetBegunAreNeitherDrawnNorListed() {
    var chart = ProgressChart.of(YearProgress.of(2025, months(60, 60, 60, 60), months(90), 3));
    assertEquals(3, chart.currentPoints().split(" ").length);
    assertEquals(12, chart.previousPoints().split(" ").length);
    assertNull(chart.months().get(3).minutes());
    assertEquals(90, chart.months().get(3).previousMinutes());
    assertEquals(180, chart.totalMinutes(), "January to March only");
    assertEquals(90, chart.previousMinutes(), "last year by the end of March");
  }

  @Test
  void theLinesAcrossStartAtZeroOnTheBaselineAndReachAboveTheHighestPoint() {
    var chart = ProgressChart.of(YearProgress.of(2024, months(60 * 950), months(60 * 400), 12));
    var zero = chart.ticks().get(0);
    assertEquals("0", zero.hours());
    assertEquals(chart.baseline(), zero.y(), 0.001);
    var top = chart.ticks().get(chart.ticks().size() - 1);
    assertEquals("1,000", top.hours(), "steps of 500 hours up to 1,000");
    assertTrue(chart.ticks().size() >= 3 && chart.ticks().size() <= 7, chart.ticks().toString());
  }

  @Test
  void aYearWithoutCreditsStillHasAnAxis() {
    var chart = ProgressChart.of(YearProgress.of(2024, NOTHING, NOTHING, 12));
    assertEquals(2, chart.ticks().size(), "0 and 1 hour");
    assertTrue(chart.currentPoints().contains("," + chart.baseline() + ".0"));
  }
}
