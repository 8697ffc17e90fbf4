package kr.cheongnabi.report.control;

import java.io.Serializable;
import java.util.List;

/**
 * The credited minutes of a training year added up month by month, beside those of the year before,
 * for the same units.
 *
 * @param cumulative twelve running totals of the year, January first
 * @param previousCumulative the same for the year before
 * @param monthsSoFar how many months of the year have begun (12 for a past year, 0 for a future
 *     one): later months of this year are not drawn, since nobody can have been credited in them
 */
public record YearProgress(
    int year, List<Long> cumulative, List<Long> previousCumulative, int monthsSoFar)
    implements Serializable {

  public YearProgress {
    if (cumulative.size() != 12 || previousCumulative.size() != 12) {
      throw new IllegalArgumentException("a year has twelve months");
    }
    if (monthsSoFar < 0 || monthsSoFar > 12) {
      throw new IllegalArgumentException("not a number of months: " + monthsSoFar);
    }
    cumulative = List.copyOf(cumulative);
    previousCumulative = List.copyOf(previousCumulative);
  }

  /** Running totals from the minutes credited in each month (index 0 is January). */
  public static YearProgress of(int year, long[] monthly, long[] previousMonthly, int monthsSoFar) {
    return new YearProgress(
        year, runningTotal(monthly), runningTotal(previousMonthly), monthsSoFar);
  }

  /** What was credited in the whole year so far. */
  public long total() {
    return monthsSoFar == 0 ? 0 : cumulative.get(monthsSoFar - 1);
  }

  /** What the year before had reached by the same month. */
  public long previousAtSameMonth() {
    return monthsSoFar == 0 ? 0 : previousCumulative.get(monthsSoFar - 1);
  }

  private static List<Long> runningTotal(long[] monthly) {
    var sums = new Long[12];
    long sum = 0;
    for (var month = 0; month < 12; month++) {
      sum += monthly[month];
      sums[month] = sum;
    }
    return List.of(sums);
  }
}
