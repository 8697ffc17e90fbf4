package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * How far the last recomputation of a year's obligations got, as any instance sees it.
 *
 * @param finishedAt null while it runs
 * @param failure why it ended before it went through everyone; null while it runs or when it did
 */
public record RecomputeProgress(
    int year,
    String startedBy,
    LocalDateTime startedAt,
    int total,
    int done,
    LocalDateTime finishedAt,
    String failure)
    implements Serializable {

  public boolean running() {
    return finishedAt == null;
  }

  public boolean failed() {
    return failure != null;
  }

  /** It ended because the server running it stopped (the page says so in its own language). */
  public boolean stopped() {
    return JobHeartbeat.STOPPED.equals(failure);
  }

  /** 0 to 100, for the bar. */
  public int percent() {
    return total == 0 ? 100 : Math.min(100, done * 100 / total);
  }
}
