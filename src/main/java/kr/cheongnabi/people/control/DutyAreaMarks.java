package kr.cheongnabi.people.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;

/**
 * Which duty areas prone to corruption units and employees are marked with. An employee works in
 * their own areas and in those of their unit and every unit above it: marking a bureau marks all
 * its teams, so HR marks the construction bureau once rather than each of its teams.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class DutyAreaMarks {

  @PersistenceContext EntityManager em;
  @EJB DutyAreas areas;
  @EJB OrgTree tree;

  /** The areas the unit itself is marked with (not those it inherits), by code. */
  public Set<String> ofUnit(long unitId) {
    return codes("SELECT duty_area_code FROM org_unit_duty_area WHERE org_unit_id = ?", unitId);
  }

  /** The areas the employee is marked with personally, by code. */
  public Set<String> ofEmployee(long employeeId) {
    return codes("SELECT duty_area_code FROM employee_duty_area WHERE employee_id = ?", employeeId);
  }

  /** The areas the employee's unit and the units above it give them, by code. */
  public Set<String> inheritedBy(long employeeId) {
    var units = tree.unitsOf(employeeId);
    if (units.isEmpty()) {
      return Set.of();
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT DISTINCT duty_area_code FROM org_unit_duty_area WHERE org_unit_id IN ("
                    + String.join(",", units.stream().map(String::valueOf).toList())
                    + ")")
            .getResultList();
    var codes = new TreeSet<String>();
    rows.forEach(code -> codes.add((String) code));
    return codes;
  }

  /** Marks the unit with exactly these areas. */
  public void markUnit(long unitId, Collection<String> codes) {
    replace("org_unit_duty_area", "org_unit_id", unitId, codes);
  }

  /** Marks the employee personally with exactly these areas. */
  public void markEmployee(long employeeId, Collection<String> codes) {
    replace("employee_duty_area", "employee_id", employeeId, codes);
  }

  private void replace(String table, String column, long id, Collection<String> codes) {
    var known = areas.all().stream().map(a -> a.getCode()).toList();
    for (var code : codes) {
      if (!known.contains(code)) {
        throw new BusinessException("dutyArea.unknown", code);
      }
    }
    // Native: the marks are plain pairs with no entity of their own.
    em.createNativeQuery("DELETE FROM " + table + " WHERE " + column + " = ?")
        .setParameter(1, id)
        .executeUpdate();
    for (var code : new TreeSet<>(codes)) {
      em.createNativeQuery(
              "INSERT INTO " + table + " (" + column + ", duty_area_code) VALUES (?, ?)")
          .setParameter(1, id)
          .setParameter(2, code)
          .executeUpdate();
    }
  }

  private Set<String> codes(String sql, long id) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
    var codes = new TreeSet<String>();
    rows.forEach(code -> codes.add((String) code));
    return codes;
  }
}
