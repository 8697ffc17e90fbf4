package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kr.cheongnabi.people.entity.RosterImport;
import kr.cheongnabi.people.entity.RosterImportProblem;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * The state of each roster import. Every change commits on its own, so that progress is visible to
 * the page (on any instance) while the import's own transaction is still open.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RosterImportJobs {

  /** More than this many problems are counted but not all kept: nobody reads 100,000 lines. */
  static final int KEPT_PROBLEMS = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public long open(String fileName, String username) {
    var job = new RosterImport(fileName, username, clock.instant());
    em.persist(job);
    em.flush();
    return job.getId();
  }

  public void validated(long id, String charset, int rows) {
    em.find(RosterImport.class, id).validated(charset, rows);
  }

  public void progressed(long id, int processed) {
    em.find(RosterImport.class, id).progressed(processed);
  }

  public void reject(long id, String charset, List<RosterProblem> problems) {
    problems.stream()
        .limit(KEPT_PROBLEMS)
        .forEach(
            p -> em.persist(new RosterImportProblem(id, p.line(), p.column(), p.key(), p.args())));
    em.find(RosterImport.class, id).rejected(charset, problems.size(), clock.instant());
  }

  public void done(long id, RosterCounts counts) {
    em.find(RosterImport.class, id)
        .done(counts.created(), counts.updated(), counts.unchanged(), clock.instant());
  }

  public void fail(long id, String reason) {
    em.find(RosterImport.class, id).failed(reason, clock.instant());
  }

  /** Stamps the running imports of the ids: their instance is alive. */
  public void beat(List<Long> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    em.createNamedQuery(RosterImport.BEAT)
        .setParameter("at", at)
        .setParameter("ids", ids)
        .setParameter("running", RosterImport.State.RUNNING)
        .executeUpdate();
  }

  /**
   * Marks failed the running imports not stamped since the lease's end.
   *
   * @return how many
   */
  public int expire(Instant leaseEnd, Instant at) {
    return em.createNamedQuery(RosterImport.EXPIRE)
        .setParameter("failed", RosterImport.State.FAILED)
        .setParameter("reason", JobHeartbeat.STOPPED)
        .setParameter("at", at)
        .setParameter("running", RosterImport.State.RUNNING)
        .setParameter("leaseEnd", leaseEnd)
        .executeUpdate();
  }
}
