package kr.cheongnabi.people.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import kr.cheongnabi.people.entity.DutyArea;

/** The maintained list of duty areas prone to corruption, in its order. */
@Stateless
public class DutyAreas {

  @PersistenceContext EntityManager em;

  /** Every duty area, in the list's order. Read also at start-up, when nobody is signed in. */
  @PermitAll
  public List<DutyArea> all() {
    return em.createNamedQuery(DutyArea.ALL, DutyArea.class).getResultList();
  }
}
