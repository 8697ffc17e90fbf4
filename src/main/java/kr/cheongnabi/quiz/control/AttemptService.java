package kr.cheongnabi.quiz.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kr.cheongnabi.platform.control.AccountService;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;

/**
 * A learner's quizzes, for the pages: whose attempt it is always comes from the signed-in caller,
 * never from the request, so nobody can see or answer another person's attempt.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class AttemptService {

  @Resource SessionContext session;
  @Inject AccountService accounts;
  @Inject Attempts attempts;

  public List<QuizCard> myQuizzes() {
    return attempts.cards(me());
  }

  public long start(String quizKey) {
    return attempts.start(me(), quizKey);
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
    return accounts
        .findByUsername(session.getCallerPrincipal().getName())
        .map(account -> account.getEmployeeId())
        .orElseThrow(() -> new BusinessException("quiz.noEmployeeRecord"));
  }
}
