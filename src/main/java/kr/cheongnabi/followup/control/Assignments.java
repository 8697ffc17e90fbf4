package kr.cheongnabi.followup.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * Follow-up assignments as HR tracks them and as employees see their own, each with its state
 * derived from what the employee did ({@link FollowUpStates#stateOf}).
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

  @PersistenceContext EntityManager em;
  @Inject FollowUpStates states;
  @Inject SignedInEmployee signedIn;

  public long count(Query query) {
    var sql = new StringBuilder("SELECT COUNT(*) FROM (").append(listing()).append(") a");
    var parameters = where(query, sql);
    var count = em.createNativeQuery(sql.toString());
    bind(count, parameters);
    return ((Number) count.getSingleResult()).longValue();
  }

  /** One page, the soonest due first. */
  public List<AssignmentRow> page(Query query, int first, int size) {
    var sql = new StringBuilder("SELECT * FROM (").append(listing()).append(") a");
    var parameters = where(query, sql);
    sql.append(" ORDER BY a.due_date, a.employee_number, a.item_key LIMIT ? OFFSET ?");
    parameters.add(size);
    parameters.add(first);
    var page = em.createNativeQuery(sql.toString());
    bind(page, parameters);
    return rows(page.getResultList());
  }

  /** Every assignment of the employee, the latest year first. */
  public List<AssignmentRow> of(long employeeId) {
    var sql =
        "SELECT * FROM ("
            + listing()
            + ") a WHERE a.employee_id = ?"
            + " ORDER BY a.year DESC, a.due_date, a.item_key";
    return rows(em.createNativeQuery(sql).setParameter(1, employeeId).getResultList());
  }

  /** The signed-in employee's own assignments; none for a sign-in without an employee record. */
  @RolesAllowed(Role.EMPLOYEE_NAME)
  public List<AssignmentRow> mine() {
    return signedIn.employeeId().map(this::of).orElse(List.of());
  }

  private String listing() {
    return "SELECT f.id, f.training_year AS year, f.employee_id, e.employee_number, e.name,"
        + " u.name_ko, u.name_en, m.module_key, f.session_id,"
        + " COALESCE(m.title_ko, s.title_ko), COALESCE(m.title_en, s.title_en), f.minutes,"
        + " f.due_date, "
        + FollowUpStates.stateOf("f", states.today())
        + " AS state, e.org_unit_id, f.item_key"
        + " FROM follow_up_assignment f JOIN employee e ON e.id = f.employee_id"
        + " JOIN org_unit u ON u.id = e.org_unit_id"
        + " LEFT JOIN training_module m ON m.id = f.module_id"
        + " LEFT JOIN training_session s ON s.id = f.session_id";
  }

  private static List<Object> where(Query query, StringBuilder sql) {
    var parameters = new ArrayList<Object>();
    sql.append(" WHERE a.year = ?");
    parameters.add(query.year());
    if (!query.unitIds().isEmpty()) {
      sql.append(" AND a.org_unit_id IN (")
          .append("?,".repeat(query.unitIds().size() - 1))
          .append("?)");
      parameters.addAll(query.unitIds());
    }
    if (query.state() != null) {
      sql.append(" AND a.state = ?");
      parameters.add(query.state().name());
    }
    return parameters;
  }

  private static void bind(jakarta.persistence.Query query, List<Object> parameters) {
    for (var i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
  }

  private static List<AssignmentRow> rows(List<?> result) {
    var rows = new ArrayList<AssignmentRow>(result.size());
    for (var row : result) {
      var c = (Object[]) row;
      rows.add(
          new AssignmentRow(
              ((Number) c[0]).longValue(),
              ((Number) c[1]).intValue(),
              ((Number) c[2]).longValue(),
              (String) c[3],
              (String) c[4],
              (String) c[5],
              (String) c[6],
              (String) c[7],
              c[8] == null ? null : ((Number) c[8]).longValue(),
              (String) c[9],
              (String) c[10],
              ((Number) c[11]).intValue(),
              ((Date) c[12]).toLocalDate(),
              AssignmentState.valueOf(c[13].toString())));
    }
    return rows;
  }
}
