package kr.cheongnabi.people.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * The organisation tree as other components read it: a level at a time, by search or by id, never
 * all of it at once (a city has thousands of units), and the chain of units an employee belongs to.
 *
 * <p>Only other components' services call it, after they checked their own caller (a trainer
 * choosing units, an employee opening a quiz): the names and places of units are no secret to
 * anyone signed in, and what is done with them is decided there.
 */
@Stateless
@PermitAll
public class OrgTree {

  private static final String ENTRIES =
      "SELECT u.id, u.code, u.name.ko, u.name.en, p.name.ko, p.name.en"
          + " FROM OrgUnit u LEFT JOIN u.parent p WHERE ";

  @PersistenceContext EntityManager em;

  /** The units directly under the given unit, or the top-level units for null; by code. */
  public List<UnitEntry> children(Long parentId) {
    return parentId == null
        ? entries("p.id IS NULL", Map.of(), 0)
        : entries("p.id = :parent", Map.of("parent", parentId), 0);
  }

  /** Units whose code or Korean or English name contains the text; the first ones by code. */
  public List<UnitEntry> search(String text, int max) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    var escaped = text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return entries(
        "(u.code LIKE :text OR u.name.ko LIKE :text OR u.name.en LIKE :text)",
        Map.of("text", "%" + escaped + "%"),
        max);
  }

  /** The units of these ids that exist, by code. */
  public List<UnitEntry> byIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : entries("u.id IN :ids", Map.of("ids", ids), 0);
  }

  /**
   * The employee's current unit and every unit above it, nearest first: one look-up per level of
   * the tree, which is a handful. Empty for an unknown employee.
   */
  public List<Long> unitsOf(long employeeId) {
    var employee = em.find(Employee.class, employeeId);
    var chain = new ArrayList<Long>();
    var unit = employee == null ? null : employee.getOrgUnit();
    while (unit != null && !chain.contains(unit.getId())) {
      chain.add(unit.getId());
      unit = unit.getParent();
    }
    return List.copyOf(chain);
  }

  private List<UnitEntry> entries(String where, Map<String, Object> parameters, int max) {
    var query = em.createQuery(ENTRIES + where + " ORDER BY u.code", Object[].class);
    parameters.forEach(query::setParameter);
    if (max > 0) {
      query.setMaxResults(max);
    }
    var rows = query.getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    var ids = rows.stream().map(row -> (Long) row[0]).toList();
    var parents =
        new HashSet<>(
            em.createQuery(
                    "SELECT DISTINCT c.parent.id FROM OrgUnit c WHERE c.parent.id IN :ids",
                    Long.class)
                .setParameter("ids", ids)
                .getResultList());
    return rows.stream()
        .map(
            row ->
                new UnitEntry(
                    (Long) row[0],
                    (String) row[1],
                    new Bilingual((String) row[2], (String) row[3]),
                    row[4] == null ? null : new Bilingual((String) row[4], (String) row[5]),
                    !parents.contains((Long) row[0])))
        .toList();
  }
}
