package kr.cheongnabi.requirement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.Heartbeat;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * On each heartbeat, stamps the obligation runs this instance goes through and marks failed those
 * whose instance stopped stamping them, so that the settings page shows the run ended instead of
 * "computing" for ever, and a new run can be started from it.
 */
@ApplicationScoped
public class ObligationRunLease {

  /** The kind of job under which {@link JobHeartbeat} holds obligation runs. */
  static final String KIND = "obligation-run";

  private static final Logger LOG = Logger.getLogger(ObligationRunLease.class.getName());

  @Inject ObligationRuns runs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    try {
      runs.beat(heartbeat.running(KIND), heartbeat.at());
      var stopped = runs.expire(heartbeat.leaseEnd(), heartbeat.at());
      if (stopped > 0) {
        LOG.warning(() -> stopped + " obligation runs failed: " + JobHeartbeat.STOPPED);
      }
    } catch (RuntimeException e) {
      // The next beat tries again; the other components' jobs must not wait for this one.
      LOG.log(Level.WARNING, "The obligation runs' heartbeat failed", e);
    }
  }
}
