package kr.cheongnabi.alert.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;

/**
 * A follow-up assignment that has an integrity alert due today, to its employee, to the head of the
 * employee's unit, or to both, as the scan of {@link DueAlerts} reads it: the assignment, its
 * employee, the unit's head, and which of the two alerts are due.
 *
 * @param stageName the stage of today ({@link AlertStage})
 * @param toEmployee whether the employee's alert of the stage is due: none sent, being sent or
 *     without address
 * @param toUnitHead whether the unit head's is due likewise (after the due date only)
 */
public record DueAssignment(
    long assignmentId,
    String stageName,
    LocalDate dueDate,
    int minutes,
    String moduleKey,
    String titleKo,
    String titleEn,
    String employeeName,
    String email,
    String language,
    String headEmail,
    String headLanguage,
    boolean toEmployee,
    boolean toUnitHead) {

  /** The alerts due: to the employee, then to the unit head. */
  public List<DueAlert> alerts() {
    var alerts = new ArrayList<DueAlert>(2);
    if (toEmployee) {
      alerts.add(alert(AlertRecipient.EMPLOYEE, email, language));
    }
    if (toUnitHead) {
      alerts.add(alert(AlertRecipient.UNIT_HEAD, headEmail, headLanguage));
    }
    return alerts;
  }

  private DueAlert alert(AlertRecipient recipient, String address, String addressLanguage) {
    return new DueAlert(
        assignmentId,
        AlertStage.valueOf(stageName),
        recipient,
        address,
        addressLanguage,
        employeeName,
        titleKo,
        titleEn,
        minutes,
        dueDate,
        moduleKey);
  }
}
