package kr.cheongnabi.people.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * Every employee's service history, a page of employees at a time in the order of their ids, for
 * rules that decide over the whole staff (who is asked by an integrity survey).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServiceHistories {

  public static final int PAGE = 1000;

  @PersistenceContext EntityManager em;

  /** Up to {@link #PAGE} employees whose id is above {@code afterId}, with their history. */
  public List<ServiceHistory> page(long afterId) {
    List<Object[]> employees =
        em.createQuery(
                "SELECT e.id, e.orgUnit.id, e.hireDate, e.employmentType, e.status, e.statusSince"
                    + " FROM Employee e WHERE e.id > :after ORDER BY e.id",
                Object[].class)
            .setParameter("after", afterId)
            .setMaxResults(PAGE)
            .getResultList();
    if (employees.isEmpty()) {
      return List.of();
    }
    long first = (Long) employees.get(0)[0];
    long last = (Long) employees.get(employees.size() - 1)[0];
    Map<Long, List<ServiceHistory.Period>> periods = new HashMap<>();
    em.createQuery(
            "SELECT p.employee.id, p.status, p.startDate, p.endDate FROM EmploymentPeriod p"
                + " WHERE p.employee.id BETWEEN :first AND :last",
            Object[].class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList()
        .forEach(
            p ->
                periods
                    .computeIfAbsent((Long) p[0], id -> new ArrayList<>())
                    .add(
                        new ServiceHistory.Period(
                            (EmploymentStatus) p[1], (LocalDate) p[2], (LocalDate) p[3])));
    return employees.stream()
        .map(
            e ->
                new ServiceHistory(
                    (Long) e[0],
                    (Long) e[1],
                    (LocalDate) e[2],
                    (EmploymentType) e[3],
                    (EmploymentStatus) e[4],
                    (LocalDate) e[5],
                    periods.getOrDefault((Long) e[0], List.of())))
        .toList();
  }
}
