package kr.cheongnabi.alert.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalLong;
import kr.cheongnabi.alert.entity.AlertState;

/**
 * The integrity_alert rows that make each alert go out once, however many instances run: an alert
 * is claimed by inserting its row (the unique key of assignment, stage and recipient lets one
 * insert win) or, after a failure, by turning FAILED back into CLAIMED (one update wins). Only the
 * winner sends. Each step is its own short transaction, committed before the mail is sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertClaims {

  static final int FAILURE_LENGTH = 1000;

  @PersistenceContext EntityManager em;

  /**
   * Claims the alert for this instance by inserting its row, or records that it has no address
   * (then nothing is to be sent and the result is empty too).
   *
   * @return the alert's id when this instance must send it
   */
  public OptionalLong claim(DueAlert alert, String requestedBy, Instant now) {
    var state = alert.address() == null ? AlertState.NO_ADDRESS : AlertState.CLAIMED;
    // INSERT IGNORE (MySQL and MariaDB alike): a row that exists already is no error, 0 rows.
    var inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO integrity_alert (assignment_id, stage, recipient, address,"
                    + " locale, state, requested_by, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .setParameter(1, alert.assignmentId())
            .setParameter(2, alert.stage().name())
            .setParameter(3, alert.recipient().name())
            .setParameter(4, alert.address())
            .setParameter(5, alert.locale().getLanguage())
            .setParameter(6, state.name())
            .setParameter(7, requestedBy)
            .setParameter(8, Timestamp.from(now))
            .executeUpdate();
    return inserted == 1 && state == AlertState.CLAIMED ? idOf(alert) : OptionalLong.empty();
  }

  /**
   * Claims a FAILED alert again. A transaction of its own, apart from the insert: an insert that
   * found the row holds a shared lock on it, and two of those both asking to update it would
   * deadlock.
   *
   * @return the alert's id when this instance must send it
   */
  public OptionalLong reclaim(DueAlert alert, String requestedBy, Instant now) {
    var reclaimed =
        em.createNativeQuery(
                "UPDATE integrity_alert SET state = 'CLAIMED', address = ?, locale = ?,"
                    + " requested_by = ?, claimed_at = ?, failure = NULL WHERE assignment_id = ?"
                    + " AND stage = ? AND recipient = ? AND state = 'FAILED'")
            .setParameter(1, alert.address())
            .setParameter(2, alert.locale().getLanguage())
            .setParameter(3, requestedBy)
            .setParameter(4, Timestamp.from(now))
            .setParameter(5, alert.assignmentId())
            .setParameter(6, alert.stage().name())
            .setParameter(7, alert.recipient().name())
            .executeUpdate();
    return reclaimed == 1 ? idOf(alert) : OptionalLong.empty();
  }

  private OptionalLong idOf(DueAlert alert) {
    var id =
        em.createNativeQuery(
                "SELECT id FROM integrity_alert WHERE assignment_id = ? AND stage = ?"
                    + " AND recipient = ?")
            .setParameter(1, alert.assignmentId())
            .setParameter(2, alert.stage().name())
            .setParameter(3, alert.recipient().name())
            .getSingleResult();
    return OptionalLong.of(((Number) id).longValue());
  }

  public void sent(long alertId, Instant at) {
    em.createNativeQuery(
            "UPDATE integrity_alert SET state = 'SENT', sent_at = ? WHERE id = ?"
                + " AND state = 'CLAIMED'")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, alertId)
        .executeUpdate();
  }

  public void failed(long alertId, String failure) {
    var text = failure == null || failure.isBlank() ? "unknown failure" : failure.strip();
    em.createNativeQuery(
            "UPDATE integrity_alert SET state = 'FAILED', failure = ? WHERE id = ?"
                + " AND state = 'CLAIMED'")
        .setParameter(1, text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH) : text)
        .setParameter(2, alertId)
        .executeUpdate();
  }
}
