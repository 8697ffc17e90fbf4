package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * How far the last recomputation of a year's obligations got, as any instance sees it.
 *
 * @param finishedAt null while it runs
 */
public record RecomputeProgress(
    int year,
    String startedBy,
    LocalDateTime startedAt,
    int total,
    int done,
    LocalDateTime finishedAt)
    implements Serializable {

  public boolean running() {
    return finishedAt == null;
  }

  /** 0 to 100, for the bar. */
  public int percent() {
    return total == 0 ? 100 : Math.min(100, done * 100 / total);
  }
}
