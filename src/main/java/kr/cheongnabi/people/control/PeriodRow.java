package kr.cheongnabi.people.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.people.entity.EmploymentPeriod;
import kr.cheongnabi.people.entity.EmploymentStatus;

/** One period of the status history as a page shows it; the open period has no end date. */
public record PeriodRow(EmploymentStatus status, LocalDate startDate, LocalDate endDate)
    implements Serializable {

  public static List<PeriodRow> of(List<EmploymentPeriod> periods) {
    return periods.stream()
        .map(p -> new PeriodRow(p.getStatus(), p.getStartDate(), p.getEndDate()))
        .toList();
  }
}
