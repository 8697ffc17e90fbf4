package kr.cheongnabi.alert.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Every integrity alert, newest first, for HR. A claim older than {@link #STUCK_AFTER} that never
 * became SENT or FAILED is an instance that stopped while sending: whether the mail left is
 * unknown, so it is shown, not sent again (a second mail is worse than a missing one).
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class AlertLog {

  public static final Duration STUCK_AFTER = Duration.ofMinutes(15);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** How many alerts are in the state; all of them when state is null. */
  public int count(AlertState state) {
    var sql = "SELECT COUNT(*) FROM integrity_alert ia" + where(state);
    return ((Number) bind(em.createNativeQuery(sql), state).getSingleResult()).intValue();
  }

  public List<AlertLogRow> page(AlertState state, int first, int size) {
    var sql =
        "SELECT ia.id, ia.claimed_at, ia.sent_at, f.id, e.employee_number, e.name,"
            + " COALESCE(m.title_ko, s.title_ko), COALESCE(m.title_en, s.title_en), f.due_date,"
            + " ia.stage, ia.recipient, ia.address, ia.state, ia.failure, ia.requested_by"
            + " FROM integrity_alert ia"
            + " JOIN follow_up_assignment f ON f.id = ia.assignment_id"
            + " JOIN employee e ON e.id = f.employee_id"
            + " LEFT JOIN training_module m ON m.id = f.module_id"
            + " LEFT JOIN training_session s ON s.id = f.session_id"
            + where(state)
            + " ORDER BY ia.claimed_at DESC, ia.id DESC";
    var stuckBefore = stuckBefore();
    return bind(em.createNativeQuery(sql), state)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(row -> row((Object[]) row, stuckBefore))
        .toList();
  }

  /** Alerts claimed long ago and never finished: see the class comment. */
  public int stuck() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM integrity_alert WHERE state = 'CLAIMED'"
                        + " AND claimed_at < ?")
                .setParameter(1, Timestamp.from(stuckBefore()))
                .getSingleResult())
        .intValue();
  }

  private Instant stuckBefore() {
    return clock.instant().minus(STUCK_AFTER);
  }

  private static String where(AlertState state) {
    return state == null ? "" : " WHERE ia.state = ?";
  }

  private static Query bind(Query query, AlertState state) {
    return state == null ? query : query.setParameter(1, state.name());
  }

  private static AlertLogRow row(Object[] c, Instant stuckBefore) {
    var claimed = SqlValues.instant(c[1]);
    var state = AlertState.valueOf(c[12].toString());
    return new AlertLogRow(
        ((Number) c[0]).longValue(),
        korea(claimed),
        c[2] == null ? null : korea(SqlValues.instant(c[2])),
        ((Number) c[3]).longValue(),
        (String) c[4],
        (String) c[5],
        (String) c[6],
        (String) c[7],
        SqlValues.date(c[8]),
        AlertStage.valueOf(c[9].toString()),
        AlertRecipient.valueOf(c[10].toString()),
        (String) c[11],
        state,
        (String) c[13],
        (String) c[14],
        state == AlertState.CLAIMED && claimed.isBefore(stuckBefore));
  }

  private static LocalDateTime korea(Instant instant) {
    return LocalDateTime.ofInstant(instant, TrainingYear.KOREA);
  }
}
