package kr.cheongnabi.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.entity.TrainingYear;

/** The training years a report can be asked for: this one (Korea time) by default. */
@ApplicationScoped
public class ReportYears {

  /** Reports go back this many years. */
  static final int BACK = 5;

  @Inject Clock clock;

  public int thisYear() {
    return TrainingYear.of(clock.instant()).value();
  }

  /** The year asked for when it is a training year up to next year; otherwise this year. */
  public int orThisYear(Integer asked) {
    var now = thisYear();
    return asked == null || asked < 2000 || asked > now + 1 ? now : asked;
  }

  /** Next year back to {@link #BACK} years ago, and the given year if it is older. */
  public List<Integer> around(int year) {
    var now = thisYear();
    var years = new ArrayList<Integer>();
    for (var y = now + 1; y >= now - BACK; y--) {
      years.add(y);
    }
    if (year < now - BACK) {
      years.add(year);
    }
    return List.copyOf(years);
  }
}
