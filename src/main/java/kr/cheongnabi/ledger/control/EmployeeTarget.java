package kr.cheongnabi.ledger.control;

import java.io.Serializable;

/**
 * What one employee owes in a year: their own target and floor, and whether they owe a face-to-face
 * session (new hires and newly promoted officials) and have attended one.
 */
public record EmployeeTarget(YearTarget target, boolean faceToFaceRequired, boolean faceToFaceDone)
    implements Serializable {

  /** Someone who owes the year's target and no face-to-face session. */
  public static EmployeeTarget of(YearTarget target) {
    return new EmployeeTarget(target, false, false);
  }
}
