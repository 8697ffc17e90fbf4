package kr.cheongnabi.quiz.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.quiz.entity.QuizCredit;

/**
 * Carries quiz credits that are not in the hours ledger into it when the application starts: those
 * recorded before the ledger existed, and any an older instance recorded during a rolling upgrade.
 * Credits are read a chunk at a time and each is appended in a transaction of its own; two
 * instances doing it at once credit each once, because the ledger records a source only once.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class QuizCreditsInLedger {

  private static final Logger LOG = Logger.getLogger(QuizCreditsInLedger.class.getName());
  private static final int CHUNK = 500;

  @PersistenceContext EntityManager em;
  @EJB Ledger ledger;

  @PostConstruct
  void atStartUp() {
    var carried = carryOver();
    if (carried > 0) {
      LOG.info(() -> carried + " quiz credits carried into the hours ledger");
    }
  }

  /**
   * Appends every quiz credit the ledger does not have yet.
   *
   * @return how many were appended
   */
  public int carryOver() {
    var carried = 0;
    var after = 0L;
    while (true) {
      var chunk =
          em.createNamedQuery(QuizCredit.AFTER, QuizCredit.class)
              .setParameter("after", after)
              .setMaxResults(CHUNK)
              .getResultList();
      if (chunk.isEmpty()) {
        return carried;
      }
      for (var credit :
          ledger.notRecorded(chunk.stream().map(QuizCreditsInLedger::toLedger).toList())) {
        if (append(credit)) {
          carried++;
        }
      }
      after = chunk.get(chunk.size() - 1).getId();
    }
  }

  /** What the ledger records for a quiz credit: its minutes, as a QUIZ entry from the credit. */
  static Credit toLedger(QuizCredit credit) {
    return Credit.quiz(
        credit.getEmployeeId(),
        credit.getTrainingYear(),
        credit.getMinutes(),
        credit.getId(),
        credit.getCreditedAt());
  }

  private boolean append(Credit credit) {
    try {
      ledger.append(credit, Ledger.SYSTEM);
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, credit.source() + " could not enter the ledger", e);
      return false;
    }
  }
}
