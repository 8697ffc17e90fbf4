package kr.cheongnabi.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.AttemptService;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;

/**
 * me/quiz.xhtml?quiz=KEY: one statement at a time. Opening the page starts the quiz or resumes the
 * open attempt at its first unanswered statement, so a reload, a new tab, another device or a
 * sign-in after an expired session all come back to the same place with every answer kept.
 */
@Named
@ViewScoped
public class TakeQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AttemptService attempts;

  private String quiz;
  private AttemptView view;
  private int shown;

  public void open() {
    if (quiz == null || quiz.isBlank()) {
      Messages.error("quiz.notFound", "");
      return;
    }
    try {
      view = attempts.view(attempts.start(quiz));
      shown = view.nextIndex();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void answer(boolean given) {
    act(() -> view = attempts.answer(view.attemptId(), current().key(), given));
  }

  public void next() {
    shown = view.nextIndex();
  }

  public void finish() {
    act(() -> view = attempts.finish(view.attemptId()));
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      Messages.error(e);
      view = attempts.view(view.attemptId());
    }
  }

  private StatementView current() {
    return shown < view.statements().size() ? view.statements().get(shown) : null;
  }

  public boolean isAllAnswered() {
    return view != null && view.nextIndex() == view.statements().size();
  }

  public int getProgress() {
    return view == null ? 0 : (int) (view.answeredCount() * 100 / view.statements().size());
  }

  public AttemptView getView() {
    return view;
  }

  public StatementView getCurrent() {
    return view == null ? null : current();
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }
}
