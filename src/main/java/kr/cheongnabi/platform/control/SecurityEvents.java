package kr.cheongnabi.platform.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.SecurityEvent;
import kr.cheongnabi.platform.entity.SecurityEvent.Kind;

/** The audit's security events besides sign-ins: attempts the application refused. */
@Stateless
public class SecurityEvents {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Records the event in a transaction of its own: it must outlast the caller's, which a refusal
   * rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String username, Kind kind, String detail) {
    em.persist(new SecurityEvent(clock.instant(), username, kind, null, detail));
  }

  /** The latest events of these kinds, newest first. */
  @RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
  public List<SecurityEvent> latest(Collection<Kind> kinds, int max) {
    return em.createQuery(
            "SELECT e FROM SecurityEvent e WHERE e.kind IN :kinds"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            SecurityEvent.class)
        .setParameter("kinds", kinds)
        .setMaxResults(max)
        .getResultList();
  }
}
