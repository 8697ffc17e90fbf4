package kr.cheongnabi.learning.control;

import java.io.Serializable;
import kr.cheongnabi.learning.entity.AttendanceMethod;

/**
 * A person on a session's list for the trainer: registered, attended, or both (walk-ins recorded by
 * file or check-in); method is null until attendance is recorded.
 */
public record RosterLine(
    long employeeId,
    String employeeNumber,
    String name,
    boolean registered,
    AttendanceMethod method,
    int minutes)
    implements Serializable {

  public boolean attended() {
    return method != null;
  }
}
