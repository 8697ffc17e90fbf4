package kr.cheongnabi.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  private static final Logger LOG = Logger.getLogger(RosterImportLease.class.getName());

  @Inject RosterImportJobs jobs;

  void onHeartbeat(@Observes Heartbeat heartbeat) {
    try {
      jobs.beat(heartbeat.running(KIND).stream().map(Long::valueOf).toList(), heartbeat.at());
      var stopped = jobs.expire(heartbeat.leaseEnd(), heartbeat.at());
      if (stopped > 0) {
        LOG.warning(() -> stopped + " roster imports failed: " + JobHeartbeat.STOPPED);
      }
    } catch (RuntimeException e) {
      // The next beat tries again; the other components' jobs must not wait for this one.
      LOG.log(Level.WARNING, "The roster imports' heartbeat failed", e);
    }
  }
}
