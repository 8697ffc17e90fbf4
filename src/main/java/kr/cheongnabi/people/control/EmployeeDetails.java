package kr.cheongnabi.people.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/** What HR enters for an employee on the edit page. */
public record EmployeeDetails(
    @NotBlank @Pattern(regexp = Employee.NUMBER_PATTERN, message = "{employee.number.pattern}")
        String employeeNumber,
    @NotBlank @Size(max = 50) String name,
    @Email @Size(max = 254) String email,
    @NotNull Long orgUnitId,
    @Size(max = 50) String position,
    @Size(max = 50) String grade,
    boolean seniorOfficial,
    @NotNull LocalDate hireDate,
    @NotNull EmploymentType employmentType,
    @NotNull EmploymentStatus status,
    @NotNull LocalDate statusSince,
    LocalDate promotedOn) {}
