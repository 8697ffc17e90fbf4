package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.time.LocalDate;
import kr.cheongnabi.platform.entity.Bilingual;

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
    Bilingual unitName,
    String moduleKey,
    Long sessionId,
    Bilingual title,
    int minutes,
    LocalDate dueDate,
    String stateName)
    implements Serializable {

  /** The row as the query reads it, each name in its two columns. */
  public AssignmentRow(
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
      String stateName) {
    this(
        id,
        year,
        employeeId,
        employeeNumber,
        name,
        new Bilingual(unitNameKo, unitNameEn),
        moduleKey,
        sessionId,
        new Bilingual(titleKo, titleEn),
        minutes,
        dueDate,
        stateName);
  }

  public AssignmentState state() {
    return AssignmentState.valueOf(stateName);
  }

  public boolean isModule() {
    return moduleKey != null;
  }
}
