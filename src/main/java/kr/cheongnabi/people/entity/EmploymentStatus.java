package kr.cheongnabi.people.entity;

/** Where an employee stands on a given day, as the HR system reports it. */
public enum EmploymentStatus {
  ACTIVE,
  ON_LEAVE,
  DISPATCHED,
  LEFT
}
