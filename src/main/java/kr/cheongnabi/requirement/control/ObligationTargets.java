package kr.cheongnabi.requirement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.cheongnabi.ledger.control.EmployeeTarget;
import kr.cheongnabi.ledger.control.Targets;
import kr.cheongnabi.ledger.control.YearTarget;

/**
 * An employee's own target for My training and the certificate: their obligation in the year, or,
 * when they have none (yet), the year's requirement.
 */
@ApplicationScoped
public class ObligationTargets implements Targets {

  /**
   * Whether the obligation {@code o} has had its face-to-face session: one definition, shared with
   * the gap report.
   */
  public static final String FACE_TO_FACE_DONE =
      "EXISTS (SELECT 1 FROM session_attendance a JOIN training_session s ON s.id = a.session_id"
          + " WHERE a.employee_id = o.employee_id AND a.training_year = o.training_year"
          + " AND s.face_to_face)";

  @PersistenceContext EntityManager em;
  @Inject RequirementBook requirements;

  @Override
  public EmployeeTarget of(long employeeId, int year) {
    // Native: the face-to-face check is the SQL subquery the gap report shares (FACE_TO_FACE_DONE).
    var rows =
        em.createNativeQuery(
                "SELECT o.owed_minutes, o.floor_minutes, o.face_to_face_required, "
                    + FACE_TO_FACE_DONE
                    + " FROM obligation o WHERE o.employee_id = ? AND o.training_year = ?")
            .setParameter(1, employeeId)
            .setParameter(2, year)
            .getResultList();
    if (rows.isEmpty()) {
      return EmployeeTarget.of(requirements.requirementOf(year).target());
    }
    var row = (Object[]) rows.get(0);
    return new EmployeeTarget(
        new YearTarget(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
        truth(row[2]),
        truth(row[3]));
  }

  /** MySQL and MariaDB answer a boolean as a number, Connector/J sometimes as a Boolean. */
  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }
}
