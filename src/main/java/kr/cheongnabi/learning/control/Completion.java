package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * A module completed in a training year, as stored.
 *
 * @param minutes the minutes it credited
 * @param newlyRecorded whether this request recorded it, rather than finding it recorded before
 */
public record Completion(
    long moduleId, int trainingYear, int minutes, Instant completedAt, boolean newlyRecorded)
    implements Serializable {

  /** The day of completion in Korea. */
  public LocalDate completedOn() {
    return LocalDate.ofInstant(completedAt, TrainingYear.KOREA);
  }
}
