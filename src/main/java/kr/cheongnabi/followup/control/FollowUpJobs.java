package kr.cheongnabi.followup.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.followup.entity.FollowUpJob;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.platform.entity.Role;

/** The progress row of a confirmation job, each change committed at once for the poll to see. */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FollowUpJobs {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public long open(int year, long unitId, int people, String by) {
    var job = new FollowUpJob(year, unitId, people, by, clock.instant());
    em.persist(job);
    em.flush();
    return job.getId();
  }

  public void progressed(long id, int people, FollowUps.Confirmed confirmed) {
    em.find(FollowUpJob.class, id).progressed(people, confirmed.created(), confirmed.full());
  }

  public void done(long id) {
    em.find(FollowUpJob.class, id).done(clock.instant());
  }

  public void failed(long id, String reason) {
    em.find(FollowUpJob.class, id).failed(reason, clock.instant());
  }

  /** Stamps the running jobs of this instance; the heartbeat calls it, with no one signed in. */
  @PermitAll
  public void beat(List<Long> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "UPDATE FollowUpJob j SET j.heartbeatAt = :at WHERE j.id IN :ids AND j.state = :running")
        .setParameter("at", at)
        .setParameter("ids", ids)
        .setParameter("running", FollowUpJob.State.RUNNING)
        .executeUpdate();
  }

  /** Marks failed the running jobs no instance stamped since {@code leaseEnd}; how many. */
  @PermitAll
  public int expire(Instant leaseEnd, Instant at) {
    return em.createQuery(
            "UPDATE FollowUpJob j SET j.state = :failed, j.failure = :stopped, j.finishedAt = :at"
                + " WHERE j.state = :running AND j.heartbeatAt < :leaseEnd")
        .setParameter("failed", FollowUpJob.State.FAILED)
        .setParameter("stopped", JobHeartbeat.STOPPED)
        .setParameter("at", at)
        .setParameter("running", FollowUpJob.State.RUNNING)
        .setParameter("leaseEnd", leaseEnd)
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<FollowUpJob> find(long id) {
    return Optional.ofNullable(em.find(FollowUpJob.class, id));
  }
}
