package kr.cheongnabi.followup.control;

/**
 * A follow-up assignment as a new proposal must take it into account: its training is taken, and
 * until it is done its minutes (and its face-to-face session) count as covered.
 *
 * @param sessionFaceToFace whether the assigned session is face to face; null for a module
 * @param stateName the name of its {@link AssignmentState}, as the query derives it
 */
public record HeldAssignment(
    long employeeId, String itemKey, int minutes, Boolean sessionFaceToFace, String stateName) {

  public boolean pending() {
    return AssignmentState.valueOf(stateName) != AssignmentState.DONE;
  }

  public boolean isFaceToFace() {
    return Boolean.TRUE.equals(sessionFaceToFace);
  }
}
