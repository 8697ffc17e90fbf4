package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** Each unit's parent, for rules that roll figures up the org tree. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrgUnitParents {

  @PersistenceContext EntityManager em;

  /** Every unit's parent id by unit id; a top unit maps to null. */
  public Map<Long, Long> all() {
    Map<Long, Long> parents = new HashMap<>();
    em.createQuery("SELECT u.id, p.id FROM OrgUnit u LEFT JOIN u.parent p", Object[].class)
        .getResultList()
        .forEach(r -> parents.put((Long) r[0], (Long) r[1]));
    return parents;
  }
}
