package kr.cheongnabi.people.control;

/** Who an employee is to systems outside: the employee number, and the email if there is one. */
public record EmployeeIdentity(long id, String employeeNumber, String email) {}
