package kr.cheongnabi.followup.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;

/** The state of follow-up assignments, derived in SQL from completions, progress and attendance. */
@Stateless
public class FollowUpStates {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The SQL expression of an assignment's state name ({@link AssignmentState}) on a day, for the
   * {@code follow_up_assignment} row aliased {@code f}: done comes first, then overdue, then in
   * progress.
   */
  public static String stateOf(String f, LocalDate today) {
    var done =
        "("
            + f
            + ".module_id IS NOT NULL AND EXISTS (SELECT 1 FROM module_completion mc"
            + " WHERE mc.module_id = "
            + f
            + ".module_id AND mc.employee_id = "
            + f
            + ".employee_id AND mc.training_year = "
            + f
            + ".training_year)) OR ("
            + f
            + ".session_id IS NOT NULL AND EXISTS (SELECT 1 FROM session_attendance sa"
            + " WHERE sa.session_id = "
            + f
            + ".session_id AND sa.employee_id = "
            + f
            + ".employee_id))";
    var started =
        "("
            + f
            + ".module_id IS NOT NULL AND EXISTS (SELECT 1 FROM module_progress mp"
            + " WHERE mp.module_id = "
            + f
            + ".module_id AND mp.employee_id = "
            + f
            + ".employee_id AND mp.training_year = "
            + f
            + ".training_year)) OR ("
            + f
            + ".session_id IS NOT NULL AND EXISTS (SELECT 1 FROM session_registration sr"
            + " WHERE sr.session_id = "
            + f
            + ".session_id AND sr.employee_id = "
            + f
            + ".employee_id))";
    // LocalDate prints as yyyy-MM-dd: a safe SQL date literal.
    return "CASE WHEN "
        + done
        + " THEN 'DONE' WHEN "
        + f
        + ".due_date < DATE '"
        + today
        + "' THEN 'OVERDUE' WHEN "
        + started
        + " THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END";
  }

  /** Today in Korea, the day due dates are compared with. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(TrainingYear.KOREA));
  }

  /** How many of the year's assignments are in each state (every state present, zero or more). */
  @RolesAllowed(Role.HR_NAME)
  public Map<AssignmentState, Long> countByState(int year) {
    var counts = new EnumMap<AssignmentState, Long>(AssignmentState.class);
    for (var state : AssignmentState.values()) {
      counts.put(state, 0L);
    }
    var sql =
        "SELECT s.state, COUNT(*) FROM (SELECT "
            + stateOf("f", today())
            + " AS state FROM follow_up_assignment f WHERE f.training_year = ?) s GROUP BY s.state";
    for (var row : em.createNativeQuery(sql).setParameter(1, year).getResultList()) {
      var columns = (Object[]) row;
      counts.put(AssignmentState.valueOf(columns[0].toString()), ((Number) columns[1]).longValue());
    }
    return counts;
  }
}
