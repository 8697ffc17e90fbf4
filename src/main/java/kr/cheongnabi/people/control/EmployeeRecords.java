package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * Employees as other components need them, so that none of them queries people's tables: loaded
 * with the parts a page shows after the transaction has ended, named for outside systems and for
 * lists, found by number, held while something is recorded for them.
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
      employee.getOrgUnit().getName().ko();
    }
    return Optional.ofNullable(employee);
  }

  /** The number and email of each employee, by id; ids of no employee are left out. */
  public Map<Long, EmployeeIdentity> identitiesOf(Collection<Long> ids) {
    return byId(
        "EmployeeIdentity(e.id, e.employeeNumber, e.email)",
        EmployeeIdentity.class,
        EmployeeIdentity::id,
        ids);
  }

  /** The number and name of each employee, by id; ids of no employee are left out. */
  public Map<Long, EmployeeName> namesOf(Collection<Long> ids) {
    return byId(
        "EmployeeName(e.id, e.employeeNumber, e.name)", EmployeeName.class, EmployeeName::id, ids);
  }

  /**
   * The employees of these ids as a report by person lists them, by id; ids of no employee are left
   * out. Read in slices of 500 ids.
   */
  public Map<Long, EmployeeListing> listingsOf(Collection<Long> ids) {
    var listed = new HashMap<Long, EmployeeListing>();
    var all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += 500) {
      listed.putAll(
          byId(
              "EmployeeListing(e.id, e.employeeNumber, e.name, e.orgUnit.name.ko,"
                  + " e.orgUnit.name.en, e.position, e.seniorOfficial, e.status)",
              EmployeeListing.class,
              EmployeeListing::id,
              all.subList(i, Math.min(all.size(), i + 500))));
    }
    return listed;
  }

  /**
   * The ids of the senior officials in active employment now, over the index (senior_official,
   * status): a city's two thousand among a hundred thousand employees.
   */
  public List<Long> activeSeniorOfficials() {
    return em.createQuery(
            "SELECT e.id FROM Employee e WHERE e.seniorOfficial = TRUE AND e.status = :active"
                + " ORDER BY e.id",
            Long.class)
        .setParameter("active", EmploymentStatus.ACTIVE)
        .getResultList();
  }

  /** Whether the employee is a senior official in active employment now. */
  public boolean isActiveSeniorOfficial(long id) {
    return !em.createQuery(
            "SELECT e.id FROM Employee e WHERE e.id = :id AND e.seniorOfficial = TRUE"
                + " AND e.status = :active",
            Long.class)
        .setParameter("id", id)
        .setParameter("active", EmploymentStatus.ACTIVE)
        .getResultList()
        .isEmpty();
  }

  /** The employees with these numbers, by number; numbers of no employee are left out. */
  public Map<String, EmployeeName> byNumbers(List<String> numbers) {
    var known = new HashMap<String, EmployeeName>();
    // In slices, so that a long list does not make one huge IN list.
    for (int i = 0; i < numbers.size(); i += 500) {
      em.createQuery(
              "SELECT NEW kr.cheongnabi.people.control.EmployeeName(e.id, e.employeeNumber,"
                  + " e.name) FROM Employee e WHERE e.employeeNumber IN :numbers",
              EmployeeName.class)
          .setParameter("numbers", numbers.subList(i, Math.min(numbers.size(), i + 500)))
          .getResultStream()
          .forEach(e -> known.put(e.employeeNumber(), e));
    }
    return known;
  }

  /** The employee's hire date; empty when there is no such employee or the date is not known. */
  public Optional<LocalDate> hireDateOf(long id) {
    return em.createQuery("SELECT e.hireDate FROM Employee e WHERE e.id = :id", LocalDate.class)
        .setParameter("id", id)
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** The id of the employee with this number, if there is one. */
  public Optional<Long> idOf(String employeeNumber) {
    return em.createQuery("SELECT e.id FROM Employee e WHERE e.employeeNumber = :n", Long.class)
        .setParameter("n", employeeNumber)
        .getResultStream()
        .findFirst();
  }

  /**
   * Share-locks the employee's row until the transaction ends, and tells the employee's unit, which
   * stays so until then; empty when there is no such employee. A row that refers to the employee (a
   * foreign key) needs this lock anyway; taking it first lets a caller wait for it, e.g. behind a
   * long roster import that changed the employee, before it holds locks that others wait for.
   */
  public OptionalLong hold(long id) {
    // Native: a shared-lock read (LOCK IN SHARE MODE).
    var units =
        em.createNativeQuery("SELECT org_unit_id FROM employee WHERE id = ? LOCK IN SHARE MODE")
            .setParameter(1, id)
            .getResultList();
    return units.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) units.get(0)).longValue());
  }

  /**
   * Locks the employees' rows for update until the transaction ends, in id order, so that two
   * transactions that change things for the same people take turns without deadlocking.
   */
  public void lock(Collection<Long> ids) {
    var sorted = ids.stream().sorted().toList();
    // Native: a locking read (FOR UPDATE) in id order.
    var lock =
        em.createNativeQuery(
            "SELECT id FROM employee WHERE id IN ("
                + "?,".repeat(sorted.size() - 1)
                + "?) ORDER BY id FOR UPDATE");
    for (var k = 0; k < sorted.size(); k++) {
      lock.setParameter(k + 1, sorted.get(k));
    }
    lock.getResultList();
  }

  /** The given view of each employee, by id; {@code view} is a constructor of this package. */
  private <T> Map<Long, T> byId(
      String view, Class<T> type, Function<T, Long> id, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT NEW kr.cheongnabi.people.control."
                + view
                + " FROM Employee e WHERE e.id IN :ids",
            type)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(id, Function.identity()));
  }
}
