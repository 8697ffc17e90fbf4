package kr.cheongnabi.ledger.control;

/**
 * The ledger recorded an entry: the employee's minutes of the training year changed by {@code
 * minutes} (less than zero for a correction). Fired inside the entry's transaction, so that whoever
 * keeps a copy of the year's total updates it in the same commit as the entry.
 */
public record HoursCredited(long employeeId, int trainingYear, int minutes) {}
