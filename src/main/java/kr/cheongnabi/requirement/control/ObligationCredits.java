package kr.cheongnabi.requirement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kr.cheongnabi.ledger.control.HoursCredited;

/**
 * Keeps {@code obligation.credited_minutes} equal to the ledger's yearly total, which the gap
 * report reads beside what the employee owes. Each credit is added in the transaction of its ledger
 * entry, in SQL so that concurrent credits add up; a year without the row yet takes the total when
 * {@link ObligationChunks} writes the row.
 */
@ApplicationScoped
public class ObligationCredits {

  @PersistenceContext EntityManager em;

  void credited(@Observes HoursCredited credit) {
    // Native: a counter, added to in SQL so that concurrent credits add up.
    em.createNativeQuery(
            "UPDATE obligation SET credited_minutes = credited_minutes + ?"
                + " WHERE training_year = ? AND employee_id = ?")
        .setParameter(1, credit.minutes())
        .setParameter(2, credit.trainingYear())
        .setParameter(3, credit.employeeId())
        .executeUpdate();
  }
}
