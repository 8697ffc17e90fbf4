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
import kr.cheongnabi.platform.entity.Role;

/** Roster imports for HR: start one in the background, follow its progress, read its problems. */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class RosterImports {

  @PersistenceContext EntityManager em;
  @Resource ManagedExecutorService executor;
  @Inject RosterImportJobs jobs;
  @Inject RosterImportRunner runner;

  /**
   * @param content the uploaded file, copied where it outlives the request; the import deletes it
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(String fileName, Path content, String username) {
    var id = jobs.open(fileName, username);
    executor.execute(() -> runner.run(id, fileName, content));
    return id;
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
