package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * Seats of sessions. The seat is taken first, by a conditional update of the session's counter that
 * only succeeds while seats are left: concurrent registrations queue on that one row, so the last
 * seat goes to one of them and the session is never overbooked. Every change locks the session row
 * before the registration row, so two of them never wait for each other.
 */
@Stateless
public class Registrations {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Registers the employee while seats are left.
   *
   * @return false when the employee was registered already
   */
  public boolean register(long sessionId, long employeeId, String by) {
    if (isRegistered(sessionId, employeeId)) {
      return false;
    }
    // Native: a conditional counter, so that racing registrations never overbook.
    int seat =
        em.createNativeQuery(
                "UPDATE training_session SET registered = registered + 1"
                    + " WHERE id = ? AND registered < capacity")
            .setParameter(1, sessionId)
            .executeUpdate();
    if (seat == 0) {
      throw new BusinessException("session.full");
    }
    // Native: INSERT IGNORE tells the one request that inserted (1) from the others (0).
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO session_registration (session_id, employee_id, registered_at,"
                    + " registered_by) VALUES (?, ?, ?, ?)")
            .setParameter(1, sessionId)
            .setParameter(2, employeeId)
            .setParameter(3, Timestamp.from(clock.instant()))
            .setParameter(4, by)
            .executeUpdate();
    if (inserted == 0) {
      // Registered by a request that got here first: give the seat back by rolling back.
      throw new BusinessException("session.alreadyRegistered");
    }
    return true;
  }

  /** Frees the employee's seat. */
  public void cancel(long sessionId, long employeeId) {
    if (!isRegistered(sessionId, employeeId)) {
      throw new BusinessException("session.notRegistered");
    }
    // Native: a counter, taken from in SQL so that concurrent changes add up.
    em.createNativeQuery(
            "UPDATE training_session SET registered = registered - 1 WHERE id = ? AND registered > 0")
        .setParameter(1, sessionId)
        .executeUpdate();
    int deleted =
        em.createNativeQuery(
                "DELETE FROM session_registration WHERE session_id = ? AND employee_id = ?")
            .setParameter(1, sessionId)
            .setParameter(2, employeeId)
            .executeUpdate();
    if (deleted == 0) {
      throw new BusinessException("session.notRegistered");
    }
  }

  /**
   * Locks the session's row until the transaction ends and tells how many seats are free, so that a
   * caller booking several people sees a full session before {@link #register} would refuse it.
   */
  public int freeSeatsHeld(long sessionId) {
    // Native: a locking read (FOR UPDATE) of two columns.
    return ((Number)
            em.createNativeQuery(
                    "SELECT capacity - registered FROM training_session WHERE id = ? FOR UPDATE")
                .setParameter(1, sessionId)
                .getSingleResult())
        .intValue();
  }

  /** The sessions each of these employees is registered for, by employee. */
  public Map<Long, Set<Long>> sessionsOf(Collection<Long> employeeIds) {
    return em.createQuery(
            "SELECT r.employeeId, r.sessionId FROM SessionRegistration r"
                + " WHERE r.employeeId IN :ids",
            Object[].class)
        .setParameter("ids", employeeIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toSet())));
  }

  public boolean isRegistered(long sessionId, long employeeId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM session_registration WHERE session_id = ? AND employee_id = ?")
        .setParameter(1, sessionId)
        .setParameter(2, employeeId)
        .getResultList()
        .isEmpty();
  }
}
