package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import kr.cheongnabi.people.entity.Employee;

/** Loads an employee with the parts a page shows after the transaction has ended. */
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
}
