package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.people.entity.Employee;

/**
 * Employees as other components need them: loaded with the parts a page shows after the transaction
 * has ended, named for outside systems, held while something is recorded for them.
 */
@Stateless
public class EmployeeRecords {

  @PersistenceContext EntityManager em;

  public Optional<Employee> withHistory(Long id) {
    if (id == null) {
      return Optional.empty();
    }
    var employee = em.find(Employee.class, id);
    if (employee != null) {
      employee.getPeriods();
      employee.getOrgUnit().getNameKo();
    }
    return Optional.ofNullable(employee);
  }

  /** The number and email of each employee, by id; ids of no employee are left out. */
  public Map<Long, EmployeeIdentity> identitiesOf(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT NEW kr.cheongnabi.people.control.EmployeeIdentity(e.id, e.employeeNumber,"
                + " e.email) FROM Employee e WHERE e.id IN :ids",
            EmployeeIdentity.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(EmployeeIdentity::id, Function.identity()));
  }

  /**
   * Share-locks the employee's row until the transaction ends, and tells the employee's unit, which
   * stays so until then; empty when there is no such employee. A row that refers to the employee (a
   * foreign key) needs this lock anyway; taking it first lets a caller wait for it, e.g. behind a
   * long roster import that changed the employee, before it holds locks that others wait for.
   */
  public OptionalLong hold(long id) {
    var units =
        em.createNativeQuery("SELECT org_unit_id FROM employee WHERE id = ? LOCK IN SHARE MODE")
            .setParameter(1, id)
            .getResultList();
    return units.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) units.get(0)).longValue());
  }
}
