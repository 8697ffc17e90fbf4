package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * An employee's place in the organisation as audiences see it: a module or quiz meant for a unit is
 * meant for everyone in that unit and in all its sub-units, so it reaches an employee when it names
 * the employee's current unit or any unit above it.
 */
@Stateless
public class UnitChain {

  @PersistenceContext EntityManager em;

  /** The employee's current unit, then its parent, and so on up to the top; empty if unknown. */
  public List<Long> upwardFrom(long employeeId) {
    // One recursive query (MySQL 8.0+, MariaDB 10.2+) rather than one query per level.
    List<?> ids =
        em.createNativeQuery(
                "WITH RECURSIVE chain (id, parent_id, depth) AS ("
                    + " SELECT u.id, u.parent_id, 0 FROM org_unit u"
                    + " JOIN employee e ON e.org_unit_id = u.id WHERE e.id = ?"
                    + " UNION ALL SELECT p.id, p.parent_id, c.depth + 1 FROM org_unit p"
                    + " JOIN chain c ON p.id = c.parent_id)"
                    + " SELECT id FROM chain ORDER BY depth")
            .setParameter(1, employeeId)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }
}
