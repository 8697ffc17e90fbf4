package kr.cheongnabi.people.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.people.entity.RosterImport;
import kr.cheongnabi.people.entity.RosterImportProblem;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.platform.entity.Role;

/** Roster imports for HR: start one in the background, follow its progress, read its problems. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class RosterImports {

  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;
  @Inject RosterImportJobs jobs;
  @Inject RosterImportRunner runner;
  @Inject JobHeartbeat heartbeat;

  /**
   * @param content the uploaded file, copied where it outlives the request; the import deletes it
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String fileName, Path content, String username) {
    var id = jobs.open(fileName, username);
    heartbeat.started(RosterImportLease.KIND, id);
    try {
      executor.execute(
          () -> {
            try {
              runner.run(id, fileName, content);
            } finally {
              heartbeat.finished(RosterImportLease.KIND, id);
            }
          });
    } catch (RuntimeException e) {
      heartbeat.finished(RosterImportLease.KIND, id);
      jobs.fail(id, e.getMessage());
    }
    return id;
  }

  /** The last import started, by anyone, for the page to show when it opens. */
  public Optional<RosterImport> latest() {
    return recent(1).stream().findFirst();
  }

  public Optional<RosterImport> find(long id) {
    return Optional.ofNullable(em.find(RosterImport.class, id));
  }

  public List<RosterImportProblem> problems(long id) {
    return em.createNamedQuery(RosterImportProblem.OF_IMPORT, RosterImportProblem.class)
        .setParameter("importId", id)
        .getResultList();
  }

  public List<RosterImport> recent(int count) {
    return em.createNamedQuery(RosterImport.RECENT, RosterImport.class)
        .setMaxResults(count)
        .getResultList();
  }
}
