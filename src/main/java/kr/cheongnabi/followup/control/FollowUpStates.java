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

/**
 * The state of follow-up assignments, derived in the queries from completions, progress, bookings
 * and attendance: never stored, so it cannot disagree with what the employee did.
 */
@Stateless
public class FollowUpStates {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Whether the {@code FollowUpAssignment f} is done: its module completed in its training year, or
   * its session attended.
   */
  public static final String DONE =
      "((f.moduleId IS NOT NULL AND EXISTS (SELECT mc.id FROM ModuleCompletion mc"
          + " WHERE mc.moduleId = f.moduleId AND mc.employeeId = f.employeeId"
          + " AND mc.trainingYear = f.trainingYear))"
          + " OR (f.sessionId IS NOT NULL AND EXISTS (SELECT sa.id FROM Attendance sa"
          + " WHERE sa.sessionId = f.sessionId AND sa.employeeId = f.employeeId)))";

  /** Whether it is started: a lesson of its module seen in the year, or its session booked. */
  private static final String STARTED =
      "((f.moduleId IS NOT NULL AND EXISTS (SELECT mp.id FROM LessonSeen mp"
          + " WHERE mp.moduleId = f.moduleId AND mp.employeeId = f.employeeId"
          + " AND mp.trainingYear = f.trainingYear))"
          + " OR (f.sessionId IS NOT NULL AND EXISTS (SELECT sr.id FROM SessionRegistration sr"
          + " WHERE sr.sessionId = f.sessionId AND sr.employeeId = f.employeeId)))";

  /**
   * The JPQL expression of the state's name ({@link AssignmentState}) of the {@code
   * FollowUpAssignment f} on the day bound to {@code :today}: done comes first, then overdue, then
   * in progress.
   */
  public static final String STATE =
      "CASE WHEN "
          + DONE
          + " THEN 'DONE' WHEN f.dueDate < :today THEN 'OVERDUE' WHEN "
          + STARTED
          + " THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END";

  /** Today in Korea, the day due dates are compared with. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(TrainingYear.KOREA));
  }

  /** How many of the year's assignments are in each state (every state present, zero or more). */
  @RolesAllowed(Role.HR_NAME)
  public Map<AssignmentState, Long> countByState(int year) {
    var counts = new EnumMap<AssignmentState, Long>(AssignmentState.class);
    // Each state counted by its own condition, in one pass: grouping by the state's expression
    // needs a derived table, which JPQL lacks (MySQL's ONLY_FULL_GROUP_BY refuses it grouped
    // directly). The conditions are STATE's, in its order: done, then overdue, then in progress.
    var row =
        em.createQuery(
                "SELECT COUNT(f), SUM(CASE WHEN "
                    + DONE
                    + " THEN 1 ELSE 0 END), SUM(CASE WHEN f.dueDate < :today AND NOT "
                    + DONE
                    + " THEN 1 ELSE 0 END), SUM(CASE WHEN f.dueDate >= :today AND NOT "
                    + DONE
                    + " AND "
                    + STARTED
                    + " THEN 1 ELSE 0 END) FROM FollowUpAssignment f WHERE f.trainingYear = :year",
                Object[].class)
            .setParameter("year", year)
            .setParameter("today", today())
            .getSingleResult();
    var done = count(row[1]);
    var overdue = count(row[2]);
    var inProgress = count(row[3]);
    counts.put(AssignmentState.DONE, done);
    counts.put(AssignmentState.OVERDUE, overdue);
    counts.put(AssignmentState.IN_PROGRESS, inProgress);
    counts.put(AssignmentState.ASSIGNED, count(row[0]) - done - overdue - inProgress);
    return counts;
  }

  /** A sum over no rows is null. */
  private static long count(Object sum) {
    return sum == null ? 0 : ((Number) sum).longValue();
  }
}
