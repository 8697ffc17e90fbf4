package kr.cheongnabi.people.entity;

/** The kind of appointment: career civil servant, fixed-term appointee or contract worker. */
public enum EmploymentType {
  REGULAR,
  FIXED_TERM,
  CONTRACT
}
