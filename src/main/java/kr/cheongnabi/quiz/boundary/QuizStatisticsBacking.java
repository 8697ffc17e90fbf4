package kr.cheongnabi.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.QuizStatistics;
import kr.cheongnabi.quiz.control.StatisticsView;

/**
 * trainer/statistics.xhtml?quiz=KEY: the attempts at a quiz and the share of wrong answers to each
 * statement, worst first; the current version unless the trainer picks another one.
 */
@Named
@ViewScoped
public class QuizStatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizStatistics statistics;

  private String quiz;
  private Long version;
  private StatisticsView view;

  public void load() {
    if (quiz == null || quiz.isBlank()) {
      Messages.error("quiz.notFound", "");
      return;
    }
    try {
      view = statistics.of(quiz, version);
      version = view.versionId();
    } catch (BusinessException e) {
      view = null;
      Messages.error(e);
    }
  }

  public StatisticsView getView() {
    return view;
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
