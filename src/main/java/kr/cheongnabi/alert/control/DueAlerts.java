package kr.cheongnabi.alert.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.followup.control.FollowUpStates;
import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * The integrity alerts due on a day. For each follow-up assignment not done whose employee is
 * active: BEFORE in the year's {@code alert_days_before} days (7 without a row) before the due
 * date, ON on it, AFTER once it has passed; to the employee, and with AFTER also to the head of the
 * employee's unit when the year says so and the head has an email. Only the current stage counts: a
 * stage missed (the scheduler was down) is not sent late. Alerts already sent, claimed or without
 * an address are left out; failed ones are due again.
 */
@Stateless
public class DueAlerts {

  /** Today's stage of the assignment {@code f}. */
  private static final String STAGE =
      "CASE WHEN f.dueDate > :today THEN 'BEFORE' WHEN f.dueDate = :today THEN 'ON'"
          + " ELSE 'AFTER' END";

  /** The employee's alert of today's stage ({@link #STAGE}), when there is one. */
  private static final String EMPLOYEE_ALERT =
      " LEFT JOIN IntegrityAlert ea ON ea.assignmentId = f.id AND ea.recipient = :employee"
          + " AND ((ea.stage = :before AND f.dueDate > :today)"
          + " OR (ea.stage = :onDueDate AND f.dueDate = :today)"
          + " OR (ea.stage = :after AND f.dueDate < :today))";

  /** The unit head's alert, which only the AFTER stage has. */
  private static final String UNIT_HEAD_ALERT =
      " LEFT JOIN IntegrityAlert ha ON ha.assignmentId = f.id AND ha.recipient = :unitHead"
          + " AND ha.stage = :after";

  private static final String TO_EMPLOYEE = "(ea.id IS NULL OR ea.state = :failed)";

  private static final String TO_UNIT_HEAD =
      "(f.dueDate < :today AND r.alertUnitHead = TRUE AND h.id <> e.id AND h.email IS NOT NULL"
          + " AND (ha.id IS NULL OR ha.state = :failed))";

  private static final String DUE =
      "SELECT NEW kr.cheongnabi.alert.control.DueAssignment(f.id, "
          + STAGE
          + ", f.dueDate, f.minutes, m.key, COALESCE(m.title.ko, s.title.ko),"
          + " COALESCE(m.title.en, s.title.en), e.name, e.email, ac.preferredLocale, h.email,"
          + " (SELECT hc.preferredLocale FROM Account hc WHERE hc.employeeId = h.id), CASE WHEN "
          + TO_EMPLOYEE
          + " THEN TRUE ELSE FALSE END, CASE WHEN "
          + TO_UNIT_HEAD
          + " THEN TRUE ELSE FALSE END)"
          // EclipseLink hangs every LEFT JOIN ... ON on the first entity, so their conditions name
          // only the assignment; the unit's head comes through the relationships, and the head's
          // language by a subquery.
          + " FROM FollowUpAssignment f JOIN Employee e ON e.id = f.employeeId JOIN e.orgUnit u"
          + " LEFT JOIN u.head h LEFT JOIN Account ac ON ac.employeeId = f.employeeId"
          + " LEFT JOIN RequirementYear r ON r.trainingYear = f.trainingYear"
          + " LEFT JOIN TrainingModule m ON m.id = f.moduleId"
          + " LEFT JOIN TrainingSession s ON s.id = f.sessionId"
          + EMPLOYEE_ALERT
          + UNIT_HEAD_ALERT
          + " WHERE e.status = :active"
          + " AND FUNCTION('DATEDIFF', f.dueDate, :today) <= COALESCE(r.alertDaysBefore, 7)"
          + " AND NOT "
          + FollowUpStates.DONE
          + " AND ("
          + TO_EMPLOYEE
          + " OR "
          + TO_UNIT_HEAD
          + ") ORDER BY f.id";

  @PersistenceContext EntityManager em;

  public List<DueAlert> on(LocalDate today) {
    return em.createQuery(DUE, DueAssignment.class)
        .setParameter("today", today)
        .setParameter("active", EmploymentStatus.ACTIVE)
        .setParameter("employee", AlertRecipient.EMPLOYEE)
        .setParameter("unitHead", AlertRecipient.UNIT_HEAD)
        .setParameter("before", AlertStage.BEFORE)
        .setParameter("onDueDate", AlertStage.ON)
        .setParameter("after", AlertStage.AFTER)
        .setParameter("failed", AlertState.FAILED)
        .getResultStream()
        .flatMap(due -> due.alerts().stream())
        .toList();
  }
}
