package kr.cheongnabi.followup.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * Follow-up assignments as HR tracks them and as employees see their own, each with its state
 * derived from what the employee did ({@link FollowUpStates#STATE}).
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class Assignments {

  /**
   * Which assignments of a year to list.
   *
   * @param unitIds the units whose people are listed (a unit with its sub-units); empty for all
   * @param state one state, or null for every state
   */
  public record Query(int year, List<Long> unitIds, AssignmentState state) {

    public Query {
      unitIds = List.copyOf(unitIds);
    }
  }

  /** The assignment with its employee and unit, and its module or session (one of them is null). */
  private static final String FROM =
      " FROM FollowUpAssignment f JOIN Employee e ON e.id = f.employeeId JOIN e.orgUnit u"
          + " LEFT JOIN TrainingModule m ON m.id = f.moduleId"
          + " LEFT JOIN TrainingSession s ON s.id = f.sessionId";

  private static final String ROW =
      "SELECT NEW kr.cheongnabi.followup.control.AssignmentRow(f.id, f.trainingYear, f.employeeId,"
          + " e.employeeNumber, e.name, u.name.ko, u.name.en, m.key, f.sessionId,"
          + " COALESCE(m.title.ko, s.title.ko), COALESCE(m.title.en, s.title.en), f.minutes,"
          + " f.dueDate, "
          + FollowUpStates.STATE
          + ")"
          + FROM;

  @PersistenceContext EntityManager em;
  @Inject FollowUpStates states;
  @Inject SignedInEmployee signedIn;

  public long count(Query query) {
    var jpql =
        "SELECT COUNT(f) FROM FollowUpAssignment f JOIN Employee e ON e.id = f.employeeId"
            + where(query);
    return bind(em.createQuery(jpql, Long.class), query).getSingleResult();
  }

  /** One page, the soonest due first. */
  public List<AssignmentRow> page(Query query, int first, int size) {
    var jpql = ROW + where(query) + " ORDER BY f.dueDate, e.employeeNumber, f.itemKey";
    return bind(em.createQuery(jpql, AssignmentRow.class), query)
        .setParameter("today", states.today())
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** Every assignment of the employee, the latest year first. */
  public List<AssignmentRow> of(long employeeId) {
    return em.createQuery(
            ROW
                + " WHERE f.employeeId = :employee"
                + " ORDER BY f.trainingYear DESC, f.dueDate, f.itemKey",
            AssignmentRow.class)
        .setParameter("employee", employeeId)
        .setParameter("today", states.today())
        .getResultList();
  }

  /** The signed-in employee's own assignments; none for a sign-in without an employee record. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public List<AssignmentRow> mine() {
    return signedIn.employeeId().map(this::of).orElse(List.of());
  }

  private static String where(Query query) {
    var where = new StringBuilder(" WHERE f.trainingYear = :year");
    if (!query.unitIds().isEmpty()) {
      where.append(" AND e.orgUnit.id IN :units");
    }
    if (query.state() != null) {
      where.append(" AND ").append(FollowUpStates.STATE).append(" = :state");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> jpql, Query query) {
    jpql.setParameter("year", query.year());
    if (!query.unitIds().isEmpty()) {
      jpql.setParameter("units", query.unitIds());
    }
    if (query.state() != null) {
      jpql.setParameter("state", query.state().name()).setParameter("today", states.today());
    }
    return jpql;
  }
}
