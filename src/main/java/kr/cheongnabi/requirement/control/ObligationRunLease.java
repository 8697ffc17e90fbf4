package kr.cheongnabi.requirement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

  @Inject ObligationRuns runs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    heartbeat.keep(KIND, "obligation runs", runs::beat, runs::expire);
  }
}
