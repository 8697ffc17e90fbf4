package kr.cheongnabi.platform.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A beat of this instance's {@link JobHeartbeat}, for each component that keeps background jobs:
 * stamp the rows of those this instance runs with {@code at}, and mark failed those whose last
 * stamp is older than {@code leaseEnd}: the instance that ran them stopped.
 *
 * @param running the jobs this instance runs
 */
public record Heartbeat(Instant at, Instant leaseEnd, Set<JobHeartbeat.Job> running) {

  /** The ids of the jobs of the kind this instance runs. */
  public List<String> running(String kind) {
    return running.stream()
        .filter(job -> job.kind().equals(kind))
        .map(JobHeartbeat.Job::id)
        .toList();
  }
}
