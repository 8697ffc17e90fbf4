package kr.cheongnabi.followup.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

  @Inject FollowUpJobs jobs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    heartbeat.keepNumbered(KIND, "follow-up confirmations", jobs::beat, jobs::expire);
  }
}
