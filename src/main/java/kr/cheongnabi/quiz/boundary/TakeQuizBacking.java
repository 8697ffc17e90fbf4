package kr.cheongnabi.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;
import kr.cheongnabi.quiz.control.MyAttempts;
import kr.cheongnabi.quiz.control.QuizCard;

/**
 * me/quiz.xhtml?attempt=ID: one statement at a time; me/quiz.xhtml?quiz=KEY: the open attempt at
 * the quiz, or the quiz with a button that starts one (a GET never starts an attempt).
 *
 * <p>The page is stateless, so that tens of thousands of learners in the same week cost no view
 * state in their sessions: every request names its attempt (a hidden field), and the bean reads the
 * attempt again before the request's buttons are decoded. Answers do not come here: quiz.js sends
 * them to {@link AnswersResource}, a JSON call far lighter than drawing the page again. Opened, the
 * page shows the statement answered last with its outcome, so that a reload, a new tab, another
 * device or a sign-in after an expired session come back to what the learner was reading.
 */
@Named
@RequestScoped
public class TakeQuizBacking {

  @Inject MyAttempts attempts;

  private AttemptView view;
  private QuizCard quiz;
  private int shown;
  private QuizCard retry;

  @PostConstruct
  void load() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      var attempt = attemptId(parameters.get("attempt"));
      var key = parameters.get("quiz");
      if (attempt != null) {
        show(attempts.view(attempt));
      } else if (key != null && !key.isBlank()) {
        quiz = attempts.myQuiz(key);
        if (quiz.openAttemptId() != null) {
          show(attempts.view(quiz.openAttemptId()));
        } else {
          sayWhyRefused(parameters.get("refused"));
        }
      } else {
        Messages.error("quiz.notFound", "");
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /**
   * The reason a start was refused ({@link QuizStartResource}), said with the card as it stands
   * now. Other refusals (the quiz closed, no longer offered) the card's own reading says again.
   */
  private void sayWhyRefused(String reason) {
    if ("quiz.noAttemptsLeft".equals(reason)) {
      Messages.error(reason, quiz.attemptsAllowed());
    } else if ("quiz.startAgain".equals(reason)) {
      Messages.error(reason, quiz.quizKey());
    }
  }

  public void finish() {
    if (view != null) {
      act(() -> view = attempts.finish(view.attemptId()));
      offerRetry();
    }
  }

  private void show(AttemptView attempt) {
    view = attempt;
    shown = attempt.shownOnOpening();
    offerRetry();
  }

  /** On a result, the quiz again where the learner has attempts left and it is still open. */
  private void offerRetry() {
    retry = null;
    if (view.finished()) {
      try {
        var card = attempts.myQuiz(view.quizKey());
        retry = card.canStart() ? card : null;
      } catch (BusinessException noLongerOffered) {
        // The result stands; the quiz is not offered again.
      }
    }
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      Messages.error(e);
      view = attempts.view(view.attemptId());
    }
  }

  private static Long attemptId(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new BusinessException("quiz.attemptNotFound", text);
    }
  }

  public boolean isAllAnswered() {
    return view != null && view.allAnswered();
  }

  public int getProgress() {
    return view == null ? 0 : view.progressPercent();
  }

  public AttemptView getView() {
    return view;
  }

  public QuizCard getQuiz() {
    return quiz;
  }

  public QuizCard getRetry() {
    return retry;
  }

  public StatementView getCurrent() {
    return view == null || shown >= view.statements().size() ? null : view.statements().get(shown);
  }

  /** The statements not answered yet besides the one on show: "Next" swaps in the first. */
  public List<StatementView> getUpcoming() {
    return view == null ? null : view.upcomingAfter(shown);
  }
}
