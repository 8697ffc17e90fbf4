package kr.cheongnabi.quiz.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * The signed-in learner's quizzes and attempts, for the pages: whose attempt it is always comes
 * from the signed-in caller, never from the request, so nobody can see or answer another person's
 * attempt.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MyAttempts {

  @Inject SignedInEmployee signedIn;
  @Inject Attempts attempts;

  public List<QuizCard> myQuizzes() {
    return attempts.cards(me());
  }

  public long start(String quizKey) {
    return attempts.start(me(), quizKey);
  }

  /** The quiz as My quizzes shows it to me; refused, saying why, when it is not open to me. */
  public QuizCard myQuiz(String quizKey) {
    return attempts.card(me(), quizKey);
  }

  /** Whether I may start the quiz again now (a result's "try again"). */
  public boolean canStartAgain(String quizKey) {
    return attempts.canStart(me(), quizKey);
  }

  public AttemptView view(long attemptId) {
    return attempts.view(me(), attemptId);
  }

  public AttemptView answer(long attemptId, String statementKey, boolean answer) {
    return attempts.answer(me(), attemptId, statementKey, answer);
  }

  public AttemptView finish(long attemptId) {
    return attempts.finish(me(), attemptId);
  }

  private long me() {
    return signedIn.employeeId("quiz.noEmployeeRecord");
  }
}
