package kr.cheongnabi.followup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.Heartbeat;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * On each heartbeat, stamps the follow-up confirmations this instance runs and marks failed those
 * whose instance stopped stamping them, so that HR's page says the job stopped instead of polling
 * "assigning" for ever; confirming again goes on where it stopped.
 */
@ApplicationScoped
public class FollowUpJobLease {

  /** The kind of job under which {@link JobHeartbeat} holds follow-up confirmations. */
  static final String KIND = "follow-up-confirmation";

  private static final Logger LOG = Logger.getLogger(FollowUpJobLease.class.getName());

  @Inject FollowUpJobs jobs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    try {
      jobs.beat(heartbeat.running(KIND).stream().map(Long::valueOf).toList(), heartbeat.at());
      var stopped = jobs.expire(heartbeat.leaseEnd(), heartbeat.at());
      if (stopped > 0) {
        LOG.warning(() -> stopped + " follow-up confirmations failed: " + JobHeartbeat.STOPPED);
      }
    } catch (RuntimeException e) {
      // The next beat tries again; the other components' jobs must not wait for this one.
      LOG.log(Level.WARNING, "The follow-up confirmations' heartbeat failed", e);
    }
  }
}
