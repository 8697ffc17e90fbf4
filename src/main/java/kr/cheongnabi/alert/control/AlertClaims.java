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
    // Native: INSERT IGNORE (MySQL and MariaDB alike) makes a row that exists already no error
    // but 0 rows, which JPA cannot express.
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
        em.createQuery(
                "UPDATE IntegrityAlert a SET a.state = :claimed, a.address = :address,"
                    + " a.locale = :locale, a.requestedBy = :requestedBy, a.claimedAt = :now,"
                    + " a.failure = NULL WHERE a.assignmentId = :assignment AND a.stage = :stage"
                    + " AND a.recipient = :recipient AND a.state = :failed")
            .setParameter("claimed", AlertState.CLAIMED)
            .setParameter("address", alert.address())
            .setParameter("locale", alert.locale().getLanguage())
            .setParameter("requestedBy", requestedBy)
            .setParameter("now", now)
            .setParameter("assignment", alert.assignmentId())
            .setParameter("stage", alert.stage())
            .setParameter("recipient", alert.recipient())
            .setParameter("failed", AlertState.FAILED)
            .executeUpdate();
    return reclaimed == 1 ? idOf(alert) : OptionalLong.empty();
  }

  private OptionalLong idOf(DueAlert alert) {
    return OptionalLong.of(
        em.createQuery(
                "SELECT a.id FROM IntegrityAlert a WHERE a.assignmentId = :assignment"
                    + " AND a.stage = :stage AND a.recipient = :recipient",
                Long.class)
            .setParameter("assignment", alert.assignmentId())
            .setParameter("stage", alert.stage())
            .setParameter("recipient", alert.recipient())
            .getSingleResult());
  }

  public void sent(long alertId, Instant at) {
    em.createQuery(
            "UPDATE IntegrityAlert a SET a.state = :sent, a.sentAt = :at WHERE a.id = :id"
                + " AND a.state = :claimed")
        .setParameter("sent", AlertState.SENT)
        .setParameter("at", at)
        .setParameter("id", alertId)
        .setParameter("claimed", AlertState.CLAIMED)
        .executeUpdate();
  }

  public void failed(long alertId, String failure) {
    var text = failure == null || failure.isBlank() ? "unknown failure" : failure.strip();
    em.createQuery(
            "UPDATE IntegrityAlert a SET a.state = :failed, a.failure = :failure WHERE a.id = :id"
                + " AND a.state = :claimed")
        .setParameter("failed", AlertState.FAILED)
        .setParameter(
            "failure", text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH) : text)
        .setParameter("id", alertId)
        .setParameter("claimed", AlertState.CLAIMED)
        .executeUpdate();
  }
}
