package kr.cheongnabi.people.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * One employee as a roster file states them, after every rule of {@link RosterFileReader} has
 * passed. {@code line} is the physical line in the file where the record starts, so that later
 * steps of an import can still point the HR officer at the right place.
 */
public record RosterRow(
    int line,
    String employeeNumber,
    String name,
    String email,
    String orgUnitCode,
    String position,
    String grade,
    boolean seniorOfficial,
    LocalDate hireDate,
    EmploymentType employmentType,
    EmploymentStatus status,
    LocalDate statusSince,
    Set<String> dutyAreas) {

  /**
   * A row of a file without the duty-area column: the employee's own duty areas stay as they are.
   */
  public RosterRow(
      int line,
      String employeeNumber,
      String name,
      String email,
      String orgUnitCode,
      String position,
      String grade,
      boolean seniorOfficial,
      LocalDate hireDate,
      EmploymentType employmentType,
      EmploymentStatus status,
      LocalDate statusSince) {
    this(
        line,
        employeeNumber,
        name,
        email,
        orgUnitCode,
        position,
        grade,
        seniorOfficial,
        hireDate,
        employmentType,
        status,
        statusSince,
        null);
  }

  /**
   * @param dutyAreas the codes of the employee's own duty areas; null when the file has no such
   *     column, and then they are left as they are
   */
  public RosterRow {
    dutyAreas = dutyAreas == null ? null : Set.copyOf(dutyAreas);
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    Objects.requireNonNull(employeeNumber, "employeeNumber");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(orgUnitCode, "orgUnitCode");
    Objects.requireNonNull(hireDate, "hireDate");
    Objects.requireNonNull(employmentType, "employmentType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
    if (statusSince.isBefore(hireDate)) {
      throw new IllegalArgumentException(
          "statusSince " + statusSince + " is before hireDate " + hireDate);
    }
  }

  /** The same person, hired on another day and in another status since another day. */
  public RosterRow withEmployment(LocalDate hired, EmploymentStatus newStatus, LocalDate since) {
    return new RosterRow(
        line,
        employeeNumber,
        name,
        email,
        orgUnitCode,
        position,
        grade,
        seniorOfficial,
        hired,
        employmentType,
        newStatus,
        since,
        dutyAreas);
  }

  /** The same person hired on another day, active since then. */
  public RosterRow hiredOn(LocalDate date) {
    return withEmployment(date, EmploymentStatus.ACTIVE, date);
  }
}
