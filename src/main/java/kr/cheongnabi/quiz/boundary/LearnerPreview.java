package kr.cheongnabi.quiz.boundary;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;
import kr.cheongnabi.quiz.control.QuizFile;

/**
 * A quiz tried out by its author the way a learner takes it — one statement per screen, O and X,
 * feedback, the result with every explanation — with the answers kept here and nothing stored. It
 * offers the actions of {@link TakeQuizBacking}, so both pages show a statement with the same
 * markup.
 */
public class LearnerPreview implements Serializable {

  private static final long serialVersionUID = 1L;

  private final QuizFile quiz;
  private final HashMap<String, Boolean> answers = new HashMap<>();
  private boolean finished;
  private AttemptView view;
  private int shown;

  public LearnerPreview(QuizFile quiz) {
    this.quiz = quiz;
    refresh();
  }

  /** Answers the statement named by the request (key, given), as the learner's page does. */
  public void answer() {
    var parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    answer(parameters.get("key"), "true".equals(parameters.get("given")));
  }

  void answer(String key, boolean given) {
    var statement = key == null ? null : view.statement(key);
    if (statement != null && !finished) {
      answers.putIfAbsent(key, given);
      refresh();
      shown = statement.number() - 1;
    }
  }

  public void finish() {
    finished = true;
    refresh();
  }

  /** Starts again with no answers. */
  public void restart() {
    answers.clear();
    finished = false;
    refresh();
    shown = 0;
  }

  private void refresh() {
    view = AttemptView.preview(quiz, Map.copyOf(answers), finished);
    if (shown >= view.statements().size() || !view.statements().get(shown).isAnswered()) {
      shown = view.nextIndex();
    }
  }

  public AttemptView getView() {
    return view;
  }

  public StatementView getCurrent() {
    return shown < view.statements().size() ? view.statements().get(shown) : null;
  }

  /** The statements not answered yet besides the one on show: "Next" swaps in the first. */
  public List<StatementView> getUpcoming() {
    return view.upcomingAfter(shown);
  }

  public boolean isAllAnswered() {
    return view.allAnswered();
  }

  public int getProgress() {
    return view.progressPercent();
  }

  /** How many statements a learner's attempt draws from the bank; the preview shows them all. */
  public int getDrawn() {
    return quiz.settings().draw() > 0 ? quiz.settings().draw() : quiz.statements().size();
  }

  public boolean isShuffled() {
    return quiz.settings().shuffle();
  }
}
