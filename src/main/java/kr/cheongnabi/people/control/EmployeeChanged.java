package kr.cheongnabi.people.control;

/**
 * HR created or changed an employee. Fired inside the transaction of the change, so that whoever
 * keeps figures derived from employees can observe it after the commit.
 */
public record EmployeeChanged(long employeeId) {}
