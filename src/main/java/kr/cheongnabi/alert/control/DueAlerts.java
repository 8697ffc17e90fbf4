package kr.cheongnabi.alert.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.followup.control.FollowUpStates;

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

  @PersistenceContext EntityManager em;

  public List<DueAlert> on(LocalDate today) {
    // LocalDate prints as yyyy-MM-dd: a safe SQL date literal.
    var day = "DATE '" + today + "'";
    var rows =
        em.createNativeQuery(
                "SELECT x.*, "
                    + open("EMPLOYEE")
                    + ", x.head_email IS NOT NULL AND "
                    + open("UNIT_HEAD")
                    + " FROM (SELECT f.id, CASE WHEN f.due_date > "
                    + day
                    + " THEN 'BEFORE' WHEN f.due_date = "
                    + day
                    + " THEN 'ON' ELSE 'AFTER' END AS stage,"
                    + " e.email, ea.preferred_locale, e.name,"
                    + " COALESCE(m.title_ko, s.title_ko) AS title_ko,"
                    + " COALESCE(m.title_en, s.title_en) AS title_en,"
                    + " f.minutes, f.due_date, m.module_key,"
                    + " CASE WHEN f.due_date < "
                    + day
                    + " AND COALESCE(r.alert_unit_head, FALSE) AND h.id <> e.id"
                    + " THEN h.email END AS head_email, ha.preferred_locale AS head_locale"
                    + " FROM follow_up_assignment f"
                    + " JOIN employee e ON e.id = f.employee_id"
                    + " JOIN org_unit u ON u.id = e.org_unit_id"
                    + " LEFT JOIN account ea ON ea.employee_id = e.id"
                    + " LEFT JOIN employee h ON h.id = u.head_employee_id"
                    + " LEFT JOIN account ha ON ha.employee_id = h.id"
                    + " LEFT JOIN requirement_year r ON r.training_year = f.training_year"
                    + " LEFT JOIN training_module m ON m.id = f.module_id"
                    + " LEFT JOIN training_session s ON s.id = f.session_id"
                    + " WHERE e.status = 'ACTIVE'"
                    + " AND f.due_date <= DATE_ADD("
                    + day
                    + ", INTERVAL COALESCE(r.alert_days_before, 7) DAY)"
                    + " AND "
                    + FollowUpStates.stateOf("f", today)
                    + " <> 'DONE') x"
                    + " WHERE "
                    + open("EMPLOYEE")
                    + " OR (x.head_email IS NOT NULL AND "
                    + open("UNIT_HEAD")
                    + ") ORDER BY x.id")
            .getResultList();
    var due = new ArrayList<DueAlert>();
    for (var row : rows) {
      var c = (Object[]) row;
      if (SqlValues.truth(c[12])) {
        due.add(alert(c, AlertRecipient.EMPLOYEE, (String) c[2], (String) c[3]));
      }
      if (SqlValues.truth(c[13])) {
        due.add(alert(c, AlertRecipient.UNIT_HEAD, (String) c[10], (String) c[11]));
      }
    }
    return due;
  }

  private static DueAlert alert(
      Object[] c, AlertRecipient recipient, String address, String language) {
    return new DueAlert(
        ((Number) c[0]).longValue(),
        AlertStage.valueOf(c[1].toString()),
        recipient,
        address,
        language,
        (String) c[4],
        (String) c[5],
        (String) c[6],
        ((Number) c[7]).intValue(),
        SqlValues.date(c[8]),
        (String) c[9]);
  }

  /** No alert of the row's stage to this recipient that is sent, being sent or without address. */
  private static String open(String recipient) {
    return "NOT EXISTS (SELECT 1 FROM integrity_alert ia WHERE ia.assignment_id = x.id"
        + " AND ia.stage = x.stage AND ia.recipient = '"
        + recipient
        + "' AND ia.state <> 'FAILED')";
  }
}
