package kr.cheongnabi.assessment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.assessment.entity.SelfAssessmentAssignee;
import kr.cheongnabi.people.control.EmployeeRecords;

/**
 * Who a self-assessment is assigned to. Opening it assigns it to every senior official in active
 * employment; someone who becomes one while it is open is assigned the first time their quizzes are
 * read (their home page after signing in, My quizzes) or HR reads the report, whichever comes
 * first. A row is never removed: whether the person is still asked is read from their record.
 */
@Stateless
public class Assignees {

  // Rows are inserted this many per statement.
  private static final int BATCH = 500;

  @PersistenceContext EntityManager em;
  @EJB EmployeeRecords people;
  @Inject Clock clock;

  /**
   * Assigns the assessment to every senior official in active employment who does not have it yet.
   *
   * @return how many were assigned now
   */
  public int assignEverySeniorOfficial(long assessmentId) {
    var assigned = new HashSet<>(of(assessmentId).keySet());
    var missing =
        people.activeSeniorOfficials().stream().filter(id -> !assigned.contains(id)).toList();
    var now = clock.instant();
    for (int i = 0; i < missing.size(); i += BATCH) {
      insert(assessmentId, missing.subList(i, Math.min(missing.size(), i + BATCH)), now);
    }
    return missing.size();
  }

  /** Assigns the assessment to the employee, unless it is assigned already. */
  public void assign(long assessmentId, long employeeId) {
    var known =
        em.createNamedQuery(SelfAssessmentAssignee.IS_ASSIGNED, Long.class)
            .setParameter("assessmentId", assessmentId)
            .setParameter("employeeId", employeeId)
            .getSingleResult();
    if (known == 0) {
      insert(assessmentId, List.of(employeeId), clock.instant());
    }
  }

  /** When each employee was assigned the assessment, by employee id. */
  public Map<Long, Instant> of(long assessmentId) {
    var assigned = new HashMap<Long, Instant>();
    em.createNamedQuery(SelfAssessmentAssignee.OF_ASSESSMENT, SelfAssessmentAssignee.class)
        .setParameter("assessmentId", assessmentId)
        .getResultStream()
        .forEach(a -> assigned.put(a.getEmployeeId(), a.getAssignedAt()));
    return assigned;
  }

  private void insert(long assessmentId, List<Long> employeeIds, Instant at) {
    // Native: INSERT IGNORE, so that two requests assigning the same person write one row.
    var insert =
        em.createNativeQuery(
            "INSERT IGNORE INTO self_assessment_assignee (assessment_id, employee_id, assigned_at)"
                + " VALUES "
                + String.join(
                    ", ", java.util.Collections.nCopies(employeeIds.size(), "(?, ?, ?)")));
    var when = Timestamp.from(at);
    int p = 1;
    for (var employeeId : employeeIds) {
      insert.setParameter(p++, assessmentId);
      insert.setParameter(p++, employeeId);
      insert.setParameter(p++, when);
    }
    insert.executeUpdate();
  }
}
