package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One follow-up assignment as the pages list it, with its derived state.
 *
 * @param moduleKey the module's key for its page; null for a session
 * @param sessionId the session; null for a module
 * @param stateName the name of its {@link AssignmentState}, as the query derives it
 */
public record AssignmentRow(
    long id,
    int year,
    long employeeId,
    String employeeNumber,
    String name,
    String unitNameKo,
    String unitNameEn,
    String moduleKey,
    Long sessionId,
    String titleKo,
    String titleEn,
    int minutes,
    LocalDate dueDate,
    String stateName)
    implements Serializable {

  public AssignmentState state() {
    return AssignmentState.valueOf(stateName);
  }

  public boolean isModule() {
    return moduleKey != null;
  }

  public String title(boolean korean) {
    return korean ? titleKo : titleEn;
  }

  public String unitName(boolean korean) {
    return korean ? unitNameKo : unitNameEn;
  }
}
