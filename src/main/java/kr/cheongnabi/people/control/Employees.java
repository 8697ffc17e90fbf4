package kr.cheongnabi.people.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.people.entity.OrgUnit;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * Employees for HR: search a page at a time, read one, create and edit; and for every employee
 * their own record, whose it is coming from the sign-in, so nobody can read another's through it.
 */
@Stateless
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class Employees {

  @PersistenceContext EntityManager em;
  @Inject EmployeeRecords records;
  @Inject Event<EmployeeChanged> changed;
  @Inject SignedInEmployee signedIn;

  public List<EmployeeRow> search(EmployeeQuery query, int first, int pageSize) {
    var jpql =
        "SELECT NEW kr.cheongnabi.people.control.EmployeeRow(e.id, e.employeeNumber, e.name,"
            + " e.orgUnit.name.ko, e.orgUnit.name.en, e.position, e.grade, e.status)"
            + " FROM Employee e"
            + where(query)
            + " ORDER BY "
            + query.sortField().path
            + (query.ascending() ? " ASC" : " DESC")
            + ", e.id";
    return bind(em.createQuery(jpql, EmployeeRow.class), query)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public int count(EmployeeQuery query) {
    var jpql = "SELECT COUNT(e) FROM Employee e" + where(query);
    return bind(em.createQuery(jpql, Long.class), query).getSingleResult().intValue();
  }

  public Employee find(long id) {
    return Optional.ofNullable(em.find(Employee.class, id))
        .orElseThrow(() -> new BusinessException("employee.notFound", id));
  }

  /** The signed-in person's own record with its history; empty for a sign-in without one. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<Employee> mine() {
    return signedIn.employeeId().flatMap(records::withHistory);
  }

  /** The employee with their history loaded, for a page to show outside the transaction. */
  public Employee withHistory(long id) {
    return records
        .withHistory(id)
        .orElseThrow(() -> new BusinessException("employee.notFound", id));
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public Optional<Employee> byNumber(String employeeNumber) {
    return em.createNamedQuery(Employee.BY_NUMBER, Employee.class)
        .setParameter("number", employeeNumber)
        .getResultStream()
        .findFirst();
  }

  /** Employee numbers by id, for a page that lists things tied to employees. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Map<Long, String> numbersOf(Collection<Long> ids) {
    return records.identitiesOf(ids).values().stream()
        .collect(Collectors.toMap(EmployeeIdentity::id, EmployeeIdentity::employeeNumber));
  }

  public Employee create(@Valid EmployeeDetails details) {
    checkPromotion(details);
    if (byNumber(details.employeeNumber()).isPresent()) {
      throw new BusinessException("employee.numberTaken", details.employeeNumber());
    }
    if (details.statusSince().isBefore(details.hireDate())) {
      throw new BusinessException("employee.statusBeforeHire");
    }
    var employee =
        new Employee(
            details.employeeNumber(),
            details.name(),
            unit(details.orgUnitId()),
            details.hireDate(),
            details.employmentType(),
            details.status(),
            details.statusSince());
    describe(employee, details);
    employee.promotedOn(details.promotedOn());
    em.persist(employee);
    em.flush();
    changed.fire(new EmployeeChanged(employee.getId()));
    return employee;
  }

  public Employee update(long id, long version, @Valid EmployeeDetails details) {
    checkPromotion(details);
    var employee = find(id);
    if (employee.getVersion() != version) {
      throw new BusinessException("employee.changedMeanwhile", employee.getEmployeeNumber());
    }
    describe(employee, details);
    employee.assignTo(unit(details.orgUnitId()));
    employee.hiredOn(details.hireDate());
    employee.promotedOn(details.promotedOn());
    try {
      employee.changeStatus(details.status(), details.statusSince());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("employee.statusBeforeCurrent", employee.getStatusSince());
    }
    changed.fire(new EmployeeChanged(employee.getId()));
    return employee;
  }

  private static void checkPromotion(EmployeeDetails details) {
    if (details.promotedOn() != null && details.promotedOn().isBefore(details.hireDate())) {
      throw new BusinessException("requirement.promotedBeforeHire");
    }
  }

  private static void describe(Employee employee, EmployeeDetails d) {
    employee.describe(
        d.name().trim(),
        blankToNull(d.email()),
        blankToNull(d.position()),
        blankToNull(d.grade()),
        d.seniorOfficial(),
        d.employmentType());
  }

  private OrgUnit unit(long id) {
    return Optional.ofNullable(em.find(OrgUnit.class, id))
        .orElseThrow(() -> new BusinessException("orgUnit.notFound", id));
  }

  private static String where(EmployeeQuery q) {
    var where = new StringBuilder(" WHERE 1 = 1");
    if (q.text() != null) {
      where.append(
          " AND (e.employeeNumber LIKE :prefix OR e.name LIKE :contains OR e.email LIKE :prefix)");
    }
    if (q.unitId() != null) {
      where.append(" AND e.orgUnit.id = :unitId");
    }
    if (q.status() != null) {
      where.append(" AND e.status = :status");
    }
    return where.toString();
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, EmployeeQuery q) {
    if (q.text() != null) {
      var escaped = q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      query.setParameter("prefix", escaped + "%");
      query.setParameter("contains", "%" + escaped + "%");
    }
    if (q.unitId() != null) {
      query.setParameter("unitId", q.unitId());
    }
    if (q.status() != null) {
      query.setParameter("status", q.status());
    }
    return query;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
