package kr.cheongnabi.learning.entity;

/** How an attendance came to be recorded. */
public enum AttendanceMethod {
  /** Ticked on the trainer's list of registrations. */
  CHECKLIST,
  /** A line of an attendance file the trainer uploaded. */
  CSV,
  /** The employee typed or scanned the code shown at the venue. */
  CHECK_IN
}
