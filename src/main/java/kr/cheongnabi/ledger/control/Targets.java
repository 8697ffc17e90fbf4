package kr.cheongnabi.ledger.control;

/**
 * What an employee owes in a year. The rule belongs to requirement, which implements this, so the
 * ledger knows none of it; without an implementation everyone owes {@link YearTarget#DEFAULT}.
 */
public interface Targets {

  EmployeeTarget of(long employeeId, int year);
}
