package kr.cheongnabi.learning.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.learning.entity.TrainingSession;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;

/**
 * In-person sessions for trainers: scheduling them, giving people seats, recording who attended by
 * checklist or file, and the code to show at the venue.
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class Sessions {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Registrations registrations;
  @Inject Attendances attendances;
  @Inject SessionRosters rosters;
  @Resource SessionContext context;

  public long create(@Valid SessionDetails details) {
    var session = TrainingSession.schedule(details);
    em.persist(session);
    em.flush();
    return session.getId();
  }

  /**
   * Changes a session as last seen by the trainer; a capacity below the seats already taken is
   * refused, and so is a change made meanwhile by someone else.
   */
  public void change(long sessionId, long version, @Valid SessionDetails details) {
    var session = find(sessionId);
    if (session.getVersion() != version) {
      throw new BusinessException("session.changedMeanwhile");
    }
    // Locks the row registrations update, so no seat is taken between this check and the change.
    int registered =
        ((Number)
                em.createNativeQuery(
                        "SELECT registered FROM training_session WHERE id = ? FOR UPDATE")
                    .setParameter(1, sessionId)
                    .getSingleResult())
            .intValue();
    if (details.capacity() < registered) {
      throw new BusinessException("session.capacityBelowRegistered", registered);
    }
    session.change(details);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new BusinessException("session.changedMeanwhile");
    }
  }

  @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME})
  public List<TrainingSession> all() {
    return em.createNamedQuery(TrainingSession.ALL, TrainingSession.class).getResultList();
  }

  /** Published sessions that start after now, soonest first (the offer of follow-up training). */
  @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME})
  public List<TrainingSession> upcoming() {
    return em.createNamedQuery(TrainingSession.UPCOMING, TrainingSession.class)
        .setParameter("now", clock.instant())
        .getResultList();
  }

  @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME})
  public TrainingSession find(long sessionId) {
    var session = em.find(TrainingSession.class, sessionId);
    if (session == null) {
      throw new BusinessException("session.notFound", sessionId);
    }
    return session;
  }

  /** The code to show at the venue now. */
  public String checkInCode(long sessionId) {
    var session = find(sessionId);
    return CheckInCode.at(session.getCheckInSecret(), sessionId, clock.instant());
  }

  /** Gives the employee with this number a seat, while seats are left. */
  @RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME})
  public boolean assign(long sessionId, String employeeNumber) {
    find(sessionId);
    return registrations.register(sessionId, rosters.employeeByNumber(employeeNumber), caller());
  }

  public Attendances.Recorded checklist(long sessionId, java.util.Collection<Long> employeeIds) {
    return attendances.checklist(sessionId, employeeIds, caller());
  }

  public Attendances.FileOutcome importAttendance(long sessionId, byte[] content) {
    return attendances.importFile(sessionId, content, caller());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
