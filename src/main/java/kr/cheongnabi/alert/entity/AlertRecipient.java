package kr.cheongnabi.alert.entity;

/**
 * Who an integrity alert goes to: the employee, or the head of the employee's unit (AFTER only).
 */
public enum AlertRecipient {
  EMPLOYEE,
  UNIT_HEAD
}
