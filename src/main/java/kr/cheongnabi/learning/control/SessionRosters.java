package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import kr.cheongnabi.learning.entity.Attendance;
import kr.cheongnabi.learning.entity.SessionRegistration;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;

/** Who registered for and who attended a session, for the trainer's page. */
@Stateless
@RolesAllowed({Role.TRAINER_NAME, Role.HR_NAME})
public class SessionRosters {

  @PersistenceContext EntityManager em;
  @Inject EmployeeRecords employees;

  public List<RosterLine> of(long sessionId) {
    var registered =
        em.createQuery(
                "SELECT r FROM SessionRegistration r WHERE r.sessionId = :s",
                SessionRegistration.class)
            .setParameter("s", sessionId)
            .getResultList();
    var attended =
        em.createNamedQuery(Attendance.OF_SESSION, Attendance.class)
            .setParameter("sessionId", sessionId)
            .getResultList();
    var byEmployee = new HashMap<Long, Attendance>();
    attended.forEach(a -> byEmployee.put(a.getEmployeeId(), a));
    var ids = new java.util.LinkedHashSet<Long>();
    registered.forEach(r -> ids.add(r.getEmployeeId()));
    var registeredIds = new java.util.HashSet<>(ids);
    ids.addAll(byEmployee.keySet());
    if (ids.isEmpty()) {
      return List.of();
    }
    return employees.namesOf(ids).values().stream()
        .map(
            e -> {
              var a = byEmployee.get(e.id());
              return new RosterLine(
                  e.id(),
                  e.employeeNumber(),
                  e.name(),
                  registeredIds.contains(e.id()),
                  a == null ? null : a.getMethod(),
                  a == null ? 0 : a.getMinutes());
            })
        .sorted(Comparator.comparing(RosterLine::employeeNumber))
        .toList();
  }

  /** The employee with this number, for assigning a seat. */
  public long employeeByNumber(String employeeNumber) {
    return employees
        .idOf(employeeNumber == null ? "" : employeeNumber.strip())
        .orElseThrow(() -> new BusinessException("session.unknownEmployee", employeeNumber));
  }
}
