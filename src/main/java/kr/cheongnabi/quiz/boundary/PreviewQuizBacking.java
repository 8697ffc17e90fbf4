package kr.cheongnabi.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.quiz.control.QuizCatalogue;

/**
 * trainer/preview.xhtml?quiz=KEY: the current version of a quiz as a learner takes it, every
 * statement in file order, with nothing stored.
 */
@Named
@ViewScoped
public class PreviewQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizCatalogue catalogue;

  private String quiz;
  private LearnerPreview preview;

  public void open() {
    if (quiz == null || quiz.isBlank()) {
      Messages.error("quiz.notFound", "");
      return;
    }
    catalogue
        .forEditing(quiz)
        .ifPresentOrElse(
            version -> preview = new LearnerPreview(version.toQuizFile()),
            () -> Messages.error("quiz.notFound", quiz));
  }

  public LearnerPreview getPreview() {
    return preview;
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }
}
