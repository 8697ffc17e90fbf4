package kr.cheongnabi.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kr.cheongnabi.platform.control.Heartbeat;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * On each heartbeat, stamps the roster imports this instance runs and marks failed those whose
 * instance stopped stamping them, so that the import page shows the end of an import whose server
 * died instead of "importing" for ever.
 */
@ApplicationScoped
public class RosterImportLease {

  /** The kind of job under which {@link JobHeartbeat} holds roster imports. */
  public static final String KIND = "roster-import";

  @Inject RosterImportJobs jobs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    heartbeat.keepNumbered(KIND, "roster imports", jobs::beat, jobs::expire);
  }
}
