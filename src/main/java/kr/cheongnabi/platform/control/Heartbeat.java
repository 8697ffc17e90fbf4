package kr.cheongnabi.platform.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToIntBiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A beat of this instance's {@link JobHeartbeat}, for each component that keeps background jobs:
 * stamp the rows of those this instance runs with {@code at}, and mark failed those whose last
 * stamp is older than {@code leaseEnd}: the instance that ran them stopped.
 *
 * @param running the jobs this instance runs
 */
public record Heartbeat(Instant at, Instant leaseEnd, Set<JobHeartbeat.Job> running) {

  private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

  /**
   * Keeps one component's jobs: stamps those of the kind this instance runs, then marks failed
   * those whose lease ran out. A failure is logged and left to the next beat, so the other
   * components' jobs do not wait for this one.
   *
   * @param jobs what the jobs are called in the log, e.g. "roster imports"
   * @param stamp stamps the running jobs of the ids at the time given
   * @param expire marks failed those not stamped since the lease's end (first) at the time given
   *     (second); how many
   */
  public void keep(
      String kind,
      String jobs,
      BiConsumer<List<String>, Instant> stamp,
      ToIntBiFunction<Instant, Instant> expire) {
    try {
      stamp.accept(running(kind), at);
      var stopped = expire.applyAsInt(leaseEnd, at);
      if (stopped > 0) {
        LOG.warning(() -> stopped + " " + jobs + " failed: " + JobHeartbeat.STOPPED);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The heartbeat of the " + jobs + " failed", e);
    }
  }

  /** As {@link #keep}, for jobs whose ids are numbers (rows with a generated key). */
  public void keepNumbered(
      String kind,
      String jobs,
      BiConsumer<List<Long>, Instant> stamp,
      ToIntBiFunction<Instant, Instant> expire) {
    keep(
        kind,
        jobs,
        (ids, time) -> stamp.accept(ids.stream().map(Long::valueOf).toList(), time),
        expire);
  }

  /** The ids of the jobs of the kind this instance runs. */
  public List<String> running(String kind) {
    return running.stream()
        .filter(job -> job.kind().equals(kind))
        .map(JobHeartbeat.Job::id)
        .toList();
  }
}
