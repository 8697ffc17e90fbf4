package kr.cheongnabi.alert.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.platform.entity.Role;

/**
 * Every integrity alert, newest first, for HR. A claim older than {@link #STUCK_AFTER} that never
 * became SENT or FAILED is an instance that stopped while sending: whether the mail left is
 * unknown, so it is shown, not sent again (a second mail is worse than a missing one).
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class AlertLog {

  public static final Duration STUCK_AFTER = Duration.ofMinutes(15);

  /** A claim that never became SENT or FAILED, made before {@code :stuckBefore}. */
  private static final String STUCK = "a.state = :claimed AND a.claimedAt < :stuckBefore";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How many alerts are in the state; all of them when state is null. */
  public int count(AlertState state) {
    var jpql = "SELECT COUNT(a) FROM IntegrityAlert a" + where(state);
    return bind(em.createQuery(jpql, Long.class), state).getSingleResult().intValue();
  }

  public List<AlertLogRow> page(AlertState state, int first, int size) {
    var jpql =
        "SELECT NEW kr.cheongnabi.alert.control.AlertLogRow(a.id, a.claimedAt, a.sentAt, f.id,"
            + " e.employeeNumber, e.name, COALESCE(m.title.ko, s.title.ko),"
            + " COALESCE(m.title.en, s.title.en), f.dueDate, a.stage, a.recipient, a.address,"
            + " a.state, a.failure, a.requestedBy, CASE WHEN "
            + STUCK
            + " THEN TRUE ELSE FALSE END)"
            // From the assignment: EclipseLink hangs every LEFT JOIN on the first entity.
            + " FROM FollowUpAssignment f JOIN IntegrityAlert a ON a.assignmentId = f.id"
            + " JOIN Employee e ON e.id = f.employeeId"
            + " LEFT JOIN TrainingModule m ON m.id = f.moduleId"
            + " LEFT JOIN TrainingSession s ON s.id = f.sessionId"
            + where(state)
            + " ORDER BY a.claimedAt DESC, a.id DESC";
    return stuck(bind(em.createQuery(jpql, AlertLogRow.class), state))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** Alerts claimed long ago and never finished: see the class comment. */
  public int stuck() {
    return stuck(em.createQuery("SELECT COUNT(a) FROM IntegrityAlert a WHERE " + STUCK, Long.class))
        .getSingleResult()
        .intValue();
  }

  private <T> TypedQuery<T> stuck(TypedQuery<T> query) {
    return query
        .setParameter("claimed", AlertState.CLAIMED)
        .setParameter("stuckBefore", clock.instant().minus(STUCK_AFTER));
  }

  private static String where(AlertState state) {
    return state == null ? "" : " WHERE a.state = :state";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, AlertState state) {
    return state == null ? query : query.setParameter("state", state);
  }
}
