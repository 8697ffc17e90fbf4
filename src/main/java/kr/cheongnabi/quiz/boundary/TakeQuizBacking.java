package kr.cheongnabi.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.MyAttempts;
import kr.cheongnabi.quiz.control.QuizCard;

/**
 * me/quiz.xhtml?attempt=ID: the attempt, one statement at a time; me/quiz.xhtml?quiz=KEY: the open
 * attempt at the quiz, or the quiz with a button that starts one (a GET never starts an attempt).
 *
 * <p>The page is stateless and light: it carries the attempt as data ({@link AttemptJson}) that
 * quiz.js draws, statement by statement, into the page's few templates, so that a thousand learners
 * opening it in the same minute cost the server no component tree of statements. Answers and the
 * finish do not come here: quiz.js sends them to {@link AttemptResource}. Opened, the page shows
 * the statement answered last with its outcome, so that a reload, a new tab, another device or a
 * sign-in after an expired session come back to what the learner was reading; opened on a finished
 * attempt, it shows the result.
 */
@Named
@RequestScoped
public class TakeQuizBacking {

  @Inject MyAttempts attempts;
  @Inject LocaleBacking locale;

  private AttemptView view;
  private QuizCard quiz;
  private String data;

  @PostConstruct
  void load() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var parameters = external.getRequestParameterMap();
    try {
      var attempt = attemptId(parameters.get("attempt"));
      var key = parameters.get("quiz");
      if (attempt != null) {
        show(attempts.view(attempt), external.getRequestContextPath());
      } else if (key != null && !key.isBlank()) {
        quiz = attempts.myQuiz(key);
        if (quiz.openAttemptId() != null) {
          show(attempts.view(quiz.openAttemptId()), external.getRequestContextPath());
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

  private void show(AttemptView attempt, String contextPath) {
    view = attempt;
    var retry = attempt.finished() && attempts.canStartAgain(attempt.quizKey());
    data = new AttemptJson(locale.getLocale(), contextPath).of(attempt, retry).toString();
  }

  private static Long attemptId(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new BusinessException("quiz.attemptNotFound", text);
    }
  }

  public AttemptView getView() {
    return view;
  }

  public QuizCard getQuiz() {
    return quiz;
  }

  /** The attempt as JSON, for quiz.js; null when the page shows no attempt. */
  public String getData() {
    return data;
  }
}
