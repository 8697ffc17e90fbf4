package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.time.LocalDate;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A module in the learner's catalogue, with how far the learner is this training year.
 *
 * @param descriptionHtml the description as safe HTML, or null
 * @param completion the completion this training year, or null
 * @param availableUntil the last day it is open, or null
 */
public record ModuleCard(
    String key,
    Bilingual title,
    Bilingual descriptionHtml,
    int creditMinutes,
    int lessons,
    int seen,
    Completion completion,
    LocalDate availableUntil)
    implements Serializable {

  /** Where the learner stands. */
  public enum State {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
  }

  public State state() {
    if (completion != null) {
      return State.COMPLETED;
    }
    return seen == 0 ? State.NOT_STARTED : State.IN_PROGRESS;
  }
}
