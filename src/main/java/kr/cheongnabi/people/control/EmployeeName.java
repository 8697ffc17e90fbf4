package kr.cheongnabi.people.control;

/** An employee as a list of people shows them: number and name. */
public record EmployeeName(long id, String employeeNumber, String name) {}
