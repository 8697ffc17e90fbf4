package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import kr.cheongnabi.learning.entity.Attendance;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * An employee's sessions: to register for, registered, attended. Whose they are always comes from
 * the signed-in caller, never from the request.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MySessions {

  /** The three lists of me/sessions.xhtml. */
  public record Mine(
      List<SessionCard> open, List<SessionCard> registered, List<SessionCard> attended)
      implements java.io.Serializable {}

  @Inject SignedInEmployee signedIn;
  @Inject Registrations registrations;
  @Inject Attendances attendances;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public Mine mine() {
    var me = me();
    var now = clock.instant();
    var registeredIds =
        new HashSet<>(
            em.createQuery(
                    "SELECT r.sessionId FROM SessionRegistration r WHERE r.employeeId = :e",
                    Long.class)
                .setParameter("e", me)
                .getResultList());
    var attended = new HashMap<Long, Integer>();
    em.createQuery("SELECT a FROM Attendance a WHERE a.employeeId = :e", Attendance.class)
        .setParameter("e", me)
        .getResultStream()
        .forEach(a -> attended.put(a.getSessionId(), a.getMinutes()));
    var upcoming =
        em.createNamedQuery(TrainingSession.UPCOMING, TrainingSession.class)
            .setParameter("now", now)
            .getResultList();
    var open =
        upcoming.stream()
            .filter(s -> !registeredIds.contains(s.getId()) && !attended.containsKey(s.getId()))
            .map(s -> card(s, false, null))
            .toList();
    var mineIds = new HashSet<>(registeredIds);
    mineIds.addAll(attended.keySet());
    var sessions =
        mineIds.isEmpty()
            ? List.<TrainingSession>of()
            : em.createQuery(
                    "SELECT s FROM TrainingSession s WHERE s.id IN :ids ORDER BY s.startsAt DESC",
                    TrainingSession.class)
                .setParameter("ids", mineIds)
                .getResultList();
    var registered =
        sessions.stream()
            .filter(s -> registeredIds.contains(s.getId()) && !attended.containsKey(s.getId()))
            .map(s -> card(s, true, null))
            .toList();
    var done =
        sessions.stream()
            .filter(s -> attended.containsKey(s.getId()))
            .map(s -> card(s, registeredIds.contains(s.getId()), attended.get(s.getId())))
            .toList();
    return new Mine(open, registered, done);
  }

  /** The sessions I am registered for that have not started yet, soonest first. */
  public List<SessionCard> comingUp() {
    return em.createQuery(
            "SELECT s FROM TrainingSession s, SessionRegistration r WHERE r.sessionId = s.id"
                + " AND r.employeeId = :e AND s.startsAt > :now ORDER BY s.startsAt",
            TrainingSession.class)
        .setParameter("e", me())
        .setParameter("now", clock.instant())
        .getResultStream()
        .map(s -> card(s, true, null))
        .toList();
  }

  public void register(long sessionId) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null || !session.isPublished()) {
      throw new BusinessException("session.notFound", sessionId);
    }
    if (!session.getStartsAt().isAfter(clock.instant())) {
      throw new BusinessException("session.started");
    }
    registrations.register(sessionId, me(), signedIn.username());
  }

  /** Cancels the employee's registration, only before the session starts. */
  public void cancel(long sessionId) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null) {
      throw new BusinessException("session.notFound", sessionId);
    }
    if (!session.getStartsAt().isAfter(clock.instant())) {
      throw new BusinessException("session.started");
    }
    registrations.cancel(sessionId, me());
  }

  public Attendances.CheckIn checkIn(long sessionId, String code) {
    return attendances.checkIn(sessionId, me(), code, signedIn.username());
  }

  /** The session's titles for the check-in page, when it is published. */
  public TrainingSession published(long sessionId) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null || !session.isPublished()) {
      throw new BusinessException("session.notFound", sessionId);
    }
    return session;
  }

  private static SessionCard card(TrainingSession s, boolean registered, Integer minutes) {
    return new SessionCard(
        s.getId(),
        s.getTitle(),
        s.getStartsAt(),
        s.getDurationMinutes(),
        s.getPlace(),
        Math.max(0, s.getCapacity() - s.getRegistered()),
        s.isFaceToFace(),
        registered,
        minutes != null,
        minutes == null ? 0 : minutes);
  }

  /** The signed-in employee; a sign-in without an employee record cannot take part. */
  private long me() {
    return signedIn.employeeId("session.noEmployeeRecord");
  }
}
