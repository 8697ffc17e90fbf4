package kr.cheongnabi.requirement.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * What the owed-minutes rule needs to know of an employee.
 *
 * @param grade as on the roster, or null
 * @param promotedOn the day of the last promotion, or null
 * @param periods the status history, in any order
 */
public record EmployeeFacts(
    LocalDate hireDate,
    EmploymentType employmentType,
    String grade,
    boolean seniorOfficial,
    LocalDate promotedOn,
    List<StatusPeriod> periods) {

  public EmployeeFacts {
    Objects.requireNonNull(hireDate, "hireDate");
    Objects.requireNonNull(employmentType, "employmentType");
    periods = periods.stream().sorted(Comparator.comparing(StatusPeriod::start)).toList();
  }
}
