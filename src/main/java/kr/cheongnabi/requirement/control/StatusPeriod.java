package kr.cheongnabi.requirement.control;

import java.time.LocalDate;
import java.util.Objects;
import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * One stretch of an employee's status history, as the rule reads it.
 *
 * @param end the last day in the status, or null while it lasts (assumed to last past the year)
 */
public record StatusPeriod(EmploymentStatus status, LocalDate start, LocalDate end) {

  public StatusPeriod {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("a period from " + start + " cannot end on " + end);
    }
  }
}
