package kr.cheongnabi.followup.control;

/**
 * Where a follow-up assignment stands. It is never stored: it follows from what the employee did
 * (see {@link FollowUpStates#STATE}), so it cannot disagree with the ledger.
 */
public enum AssignmentState {
  /** Assigned, nothing started yet, due date not passed. */
  ASSIGNED,
  /** A lesson of the module seen, or registered for the session; due date not passed. */
  IN_PROGRESS,
  /** The module completed in the assignment's training year, or the session attended. */
  DONE,
  /** Not done and the due date has passed (Korea time). */
  OVERDUE
}
