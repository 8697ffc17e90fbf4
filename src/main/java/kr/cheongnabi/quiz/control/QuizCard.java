package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.time.LocalDate;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A quiz on the learner's "My quizzes" page, with where the learner stands on it.
 *
 * @param openAttemptId the attempt to resume, or null
 * @param bestPercent the best finished score in percent, or null before any finished attempt
 * @param availableUntil the last day it can be taken, or null
 * @param dueDate the day it is due, set by the assignment of an assigned-only quiz; otherwise null
 */
public record QuizCard(
    String quizKey,
    Bilingual title,
    int statements,
    int timeLimitMinutes,
    int creditMinutes,
    int passMarkPercent,
    State state,
    int attemptsUsed,
    int attemptsAllowed,
    Long openAttemptId,
    Integer bestPercent,
    LocalDate availableUntil,
    LocalDate dueDate)
    implements Serializable {

  public enum State {
    AVAILABLE,
    IN_PROGRESS,
    PASSED,
    /** Finished without passing, with attempts left. */
    FAILED,
    NO_ATTEMPTS_LEFT
  }

  /** Passed, or with nothing left to try: nothing more is asked of the learner. */
  public boolean settled() {
    return state == State.PASSED || state == State.NO_ATTEMPTS_LEFT;
  }

  /** Attempts still to be had; -1 when there is no limit. */
  public int attemptsLeft() {
    return attemptsAllowed == 0 ? -1 : Math.max(0, attemptsAllowed - attemptsUsed);
  }

  public boolean canStart() {
    return state == State.AVAILABLE
        || state == State.FAILED
        || state == State.IN_PROGRESS
        || state == State.PASSED && (attemptsAllowed == 0 || attemptsUsed < attemptsAllowed);
  }
}
