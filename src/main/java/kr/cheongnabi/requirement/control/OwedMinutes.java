package kr.cheongnabi.requirement.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * Who owes what in a training year (the README's "Who owes what" says it in words).
 *
 * <ul>
 *   <li>Every employment type owes. A day counts when the employee is hired by then and ACTIVE on
 *       it; days on leave, dispatched or after leaving do not. A day after the hire date that no
 *       period of the status history covers (the history began later, or a closed period has no
 *       successor) counts as active. The open period lasts past the year.
 *   <li>Owed minutes are the target of the employee's group times the counted days over the days of
 *       the year, rounded up; the floor likewise. A whole year owes exactly the target.
 *   <li>A face-to-face session is owed by those hired or promoted in the year who owe anything.
 *   <li>Someone employed on no day of the year (hired after it, or left before it) owes nothing and
 *       gets no obligation at all; someone on leave all year gets one of 0 minutes.
 * </ul>
 */
public final class OwedMinutes {

  private OwedMinutes() {}

  /** What the employee owes in the requirement's year, or empty when not employed in it. */
  public static Optional<Owed> of(EmployeeFacts employee, YearRequirement requirement) {
    var from = later(requirement.firstDay(), employee.hireDate());
    var to = requirement.lastDay();
    var periods = employee.periods();
    var next = 0;
    StatusPeriod current = null;
    var employed = 0;
    var counted = 0;
    for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
      while (next < periods.size() && !periods.get(next).start().isAfter(day)) {
        current = periods.get(next++);
      }
      var status = statusOn(day, current);
      if (status != EmploymentStatus.LEFT) {
        employed++;
      }
      if (status == EmploymentStatus.ACTIVE) {
        counted++;
      }
    }
    if (employed == 0) {
      return Optional.empty();
    }
    var daysInYear = Year.of(requirement.year()).length();
    var target = requirement.targetOf(employee);
    var owed = share(target.targetMinutes(), counted, daysInYear);
    var floor = share(target.floorMinutes(), counted, daysInYear);
    var newInRole =
        inYear(employee.hireDate(), requirement) || inYear(employee.promotedOn(), requirement);
    return Optional.of(new Owed(owed, floor, counted, owed > 0 && newInRole));
  }

  private static EmploymentStatus statusOn(LocalDate day, StatusPeriod period) {
    if (period == null || (period.end() != null && period.end().isBefore(day))) {
      return EmploymentStatus.ACTIVE;
    }
    return period.status();
  }

  private static int share(int minutes, int counted, int daysInYear) {
    return (int) ((minutes * (long) counted + daysInYear - 1) / daysInYear);
  }

  private static boolean inYear(LocalDate date, YearRequirement requirement) {
    return date != null && date.getYear() == requirement.year();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
