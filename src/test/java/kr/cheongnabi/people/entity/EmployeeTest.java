package kr.cheongnabi.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class EmployeeTest {

  private static Employee employeeActiveSince(LocalDate since) {
    var unit = new OrgUnit("CN-0001", new Bilingual("청렴시", "Cheongnam City"), null);
    return new Employee(
        "A-1", "김민준", unit, since, EmploymentType.REGULAR, EmploymentStatus.ACTIVE, since);
  }

  @Test
  void newEmployeeHasOneOpenPeriodInTheirStatus() {
    var since = LocalDate.of(2020, 3, 2);
    var employee = employeeActiveSince(since);

    var periods = employee.getPeriods();

    assertEquals(1, periods.size());
    var period = periods.get(0);
    assertEquals(EmploymentStatus.ACTIVE, period.getStatus());
    assertEquals(since, period.getStartDate());
    assertNull(period.getEndDate());
    assertTrue(period.isOpen());
  }

  @Test
  void statusChangeClosesTheOpenPeriodTheDayBeforeAndOpensANewOne() {
    var employee = employeeActiveSince(LocalDate.of(2020, 3, 2));
    var leave = LocalDate.of(2024, 7, 1);

    employee.changeStatus(EmploymentStatus.ON_LEAVE, leave);

    var periods = employee.getPeriods();
    assertEquals(2, periods.size());
    assertEquals(EmploymentStatus.ACTIVE, periods.get(0).getStatus());
    assertEquals(LocalDate.of(2024, 6, 30), periods.get(0).getEndDate());
    assertEquals(EmploymentStatus.ON_LEAVE, periods.get(1).getStatus());
    assertEquals(leave, periods.get(1).getStartDate());
    assertTrue(periods.get(1).isOpen());
    assertEquals(EmploymentStatus.ON_LEAVE, employee.getStatus());
    assertEquals(leave, employee.getStatusSince());
  }

  @Test
  void theSameStatusAgainChangesNothing() {
    var since = LocalDate.of(2020, 3, 2);
    var employee = employeeActiveSince(since);

    employee.changeStatus(EmploymentStatus.ACTIVE, LocalDate.of(2024, 7, 1));

    assertEquals(1, employee.getPeriods().size());
    assertTrue(employee.getPeriods().get(0).isOpen());
    assertEquals(since, employee.getStatusSince());
  }

  @Test
  void statusChangeBeforeTheCurrentStatusBeganIsRefused() {
    var since = LocalDate.of(2020, 3, 2);
    var employee = employeeActiveSince(since);

    assertThrows(
        IllegalArgumentException.class,
        () -> employee.changeStatus(EmploymentStatus.ON_LEAVE, since.minusDays(1)));
    assertEquals(EmploymentStatus.ACTIVE, employee.getStatus());
    assertEquals(1, employee.getPeriods().size());
  }

  @Test
  void statusChangeOnTheDayTheCurrentPeriodBeganClosesItOnThatDay() {
    var since = LocalDate.of(2020, 3, 2);
    var employee = employeeActiveSince(since);

    employee.changeStatus(EmploymentStatus.DISPATCHED, since);

    var periods = employee.getPeriods();
    assertEquals(2, periods.size());
    assertEquals(since, periods.get(0).getStartDate());
    assertEquals(since, periods.get(0).getEndDate());
    assertEquals(EmploymentStatus.DISPATCHED, periods.get(1).getStatus());
    assertEquals(since, periods.get(1).getStartDate());
  }

  @Test
  void onlyTheOpenPeriodIsClosedByALaterChange() {
    var employee = employeeActiveSince(LocalDate.of(2020, 3, 2));
    employee.changeStatus(EmploymentStatus.ON_LEAVE, LocalDate.of(2024, 7, 1));

    employee.changeStatus(EmploymentStatus.ACTIVE, LocalDate.of(2025, 1, 2));

    var periods = employee.getPeriods();
    assertEquals(3, periods.size());
    assertEquals(LocalDate.of(2024, 6, 30), periods.get(0).getEndDate());
    assertEquals(LocalDate.of(2025, 1, 1), periods.get(1).getEndDate());
    assertTrue(periods.get(2).isOpen());
  }

  @Test
  void periodsCannotBeChangedFromOutside() {
    var employee = employeeActiveSince(LocalDate.of(2020, 3, 2));
    var periods = employee.getPeriods();

    assertThrows(UnsupportedOperationException.class, periods::clear);
    assertEquals(1, employee.getPeriods().size());
  }
}
