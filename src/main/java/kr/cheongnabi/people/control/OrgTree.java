package kr.cheongnabi.people.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
   * The employee's current unit and every unit above it, nearest first; empty for an unknown
   * employee. This is how audiences reach an employee: a module or quiz meant for a unit is meant
   * for everyone in it and in all its sub-units, so it reaches an employee when it names one of
   * these units.
   */
  public List<Long> unitsOf(long employeeId) {
    // One recursive query (MySQL 8.0+, MariaDB 10.2+) rather than one per level. Moving a unit
    // never makes a cycle; the depth bound only keeps a broken tree from recursing without end.
    List<?> ids =
        em.createNativeQuery(
                "WITH RECURSIVE chain (id, parent_id, depth) AS ("
                    + " SELECT u.id, u.parent_id, 0 FROM org_unit u"
                    + " JOIN employee e ON e.org_unit_id = u.id WHERE e.id = ?"
                    + " UNION ALL SELECT p.id, p.parent_id, c.depth + 1 FROM org_unit p"
                    + " JOIN chain c ON p.id = c.parent_id WHERE c.depth < 100)"
                    + " SELECT id FROM chain ORDER BY depth")
            .setParameter(1, employeeId)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).distinct().toList();
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
