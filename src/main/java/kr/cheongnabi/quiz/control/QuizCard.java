package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A quiz on the learner's "My quizzes" page, with where the learner stands on it.
 *
 * @param openAttemptId the attempt to resume, or null
 * @param bestPercent the best finished score in percent, or null before any finished attempt
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
    Integer bestPercent)
    implements Serializable {

  public enum State {
    AVAILABLE,
    IN_PROGRESS,
    PASSED,
    /** Finished without passing, with attempts left. */
    FAILED,
    NO_ATTEMPTS_LEFT
  }

  public boolean canStart() {
    return state == State.AVAILABLE
        || state == State.FAILED
        || state == State.IN_PROGRESS
        || state == State.PASSED && (attemptsAllowed == 0 || attemptsUsed < attemptsAllowed);
  }
}
