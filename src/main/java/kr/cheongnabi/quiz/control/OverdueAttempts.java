package kr.cheongnabi.quiz.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes and scores the attempts left open past their time limit, every minute, so that a quiz
 * abandoned in a closed tab has its result (and its credit, where it passed) without anyone opening
 * it again. Every instance of a cluster sweeps: an attempt is closed by a conditional update, so
 * two sweepers, or a sweeper and the learner, close it once; while one instance is down the others
 * go on. Each attempt is closed in a transaction of its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueAttempts {

  private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

  /** At most this many per minute and instance; more wait for the next minute. */
  static final int BATCH = 2_000;

  @Inject Attempts attempts;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    int closed = sweep();
    if (closed > 0) {
      LOG.info(() -> closed + " quiz attempts past their time limit were closed and scored");
    }
  }

  /**
   * Closes the overdue attempts.
   *
   * @return how many this call closed (not those someone else closed meanwhile)
   */
  public int sweep() {
    int closed = 0;
    for (var id : attempts.overdue(BATCH)) {
      try {
        if (attempts.closeOverdue(id)) {
          closed++;
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Quiz attempt " + id + " could not be closed; tried again next minute",
            e);
      }
    }
    return closed;
  }
}
