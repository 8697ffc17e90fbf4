package kr.cheongnabi.requirement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.people.control.EmployeeChanged;
import kr.cheongnabi.people.control.RosterImported;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Computes obligations again when what they derive from changed: an employee HR edited, a roster
 * import, a year's requirement. Each runs after the change committed, so it reads the change; if it
 * fails, the change stands and the nightly run catches up.
 */
@ApplicationScoped
public class ObligationTriggers {

  private static final Logger LOG = Logger.getLogger(ObligationTriggers.class.getName());
  static final String ROSTER_IMPORT = "roster-import";

  @Inject Obligations obligations;
  @Inject Clock clock;

  void employeeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmployeeChanged event) {
    try {
      obligations.recomputeEmployee(event.employeeId(), TrainingYear.of(clock.instant()).value());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The obligation of employee " + event.employeeId() + " is stale", e);
    }
  }

  void rosterImported(@Observes RosterImported event) {
    // A file that changed nobody (the same export uploaded again) changes no obligation either.
    if (event.counts().created() + event.counts().updated() > 0) {
      obligations.recomputeYearInBackground(
          TrainingYear.of(clock.instant()).value(), ROSTER_IMPORT);
    }
  }

  void requirementChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) RequirementChanged event) {
    obligations.recomputeYearInBackground(event.year(), event.changedBy());
  }
}
