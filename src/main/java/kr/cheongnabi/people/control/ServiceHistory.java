package kr.cheongnabi.people.control;

import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * An employee's service as other components' rules read it: hire date, appointment, unit, the
 * current status and the status history.
 *
 * @param status the current status, from {@code statusSince}
 * @param periods the status history, in any order; may be empty (an employee recorded before the
 *     history was kept), when the current status is taken to hold since {@code statusSince}
 */
public record ServiceHistory(
    long employeeId,
    long unitId,
    LocalDate hireDate,
    EmploymentType type,
    EmploymentStatus status,
    LocalDate statusSince,
    List<Period> periods) {

  /** One stretch of the history; {@code end} is the last day, null while it lasts. */
  public record Period(EmploymentStatus status, LocalDate start, LocalDate end) {

    boolean covers(LocalDate day) {
      return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
  }

  public ServiceHistory {
    periods = List.copyOf(periods);
  }

  /**
   * The status on a day: that of the period covering it (the latest-starting one, should two
   * overlap), else the current status if it had begun by then; null when the day is before any
   * record (not employed yet).
   */
  public EmploymentStatus statusOn(LocalDate day) {
    Period covering = null;
    for (Period p : periods) {
      if (p.covers(day) && (covering == null || p.start().isAfter(covering.start()))) {
        covering = p;
      }
    }
    if (covering != null) {
      return covering.status();
    }
    return statusSince != null && !statusSince.isAfter(day) ? status : null;
  }
}
