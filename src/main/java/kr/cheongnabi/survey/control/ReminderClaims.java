package kr.cheongnabi.survey.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Claims a reminder by raising the participant's stage with a conditional update, in a transaction
 * of its own committed before the mail goes out: of several instances running the reminders at
 * once, one update wins and only the winner sends. Native: the conditional update of a row that has
 * no updatable entity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderClaims {

  @PersistenceContext EntityManager em;

  /** Up to {@code max} people of the round not answered and not reminded at this stage yet. */
  @SuppressWarnings("unchecked")
  public List<Long> pending(long roundId, int stage, int max) {
    return ((List<Number>)
            em.createNativeQuery(
                    "SELECT employee_id FROM survey_participant WHERE round_id = ?"
                        + " AND responded = FALSE AND reminded_stage < ? ORDER BY employee_id"
                        + " LIMIT ?")
                .setParameter(1, roundId)
                .setParameter(2, stage)
                .setParameter(3, max)
                .getResultList())
        .stream().map(Number::longValue).toList();
  }

  /** Whether this instance won the reminder of this person at this stage. */
  public boolean claim(long roundId, long employeeId, int stage) {
    return em.createNativeQuery(
                "UPDATE survey_participant SET reminded_stage = ? WHERE round_id = ?"
                    + " AND employee_id = ? AND responded = FALSE AND reminded_stage < ?")
            .setParameter(1, stage)
            .setParameter(2, roundId)
            .setParameter(3, employeeId)
            .setParameter(4, stage)
            .executeUpdate()
        == 1;
  }
}
