package kr.cheongnabi.quiz.boundary;

import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.CaseLinkCheck;
import kr.cheongnabi.quiz.control.LoadOutcome;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.TextFormat;
import org.primefaces.PrimeFaces;

/**
 * trainer/edit.xhtml?quiz=KEY (or without a quiz for a new one): the settings and statements of a
 * quiz in a form; statements added, removed and moved; a preview of the unsaved quiz as a learner
 * takes it; saving stores the next version through the same checks as an uploaded file.
 */
@Named
@ViewScoped
public class EditQuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizCatalogue catalogue;
  @Inject LocaleBacking locale;
  @Inject Event<CaseLinkCheck> caseLinks;

  private String quiz;
  private QuizForm form;
  private LearnerPreview preview;

  public void open() {
    if (quiz == null || quiz.isBlank()) {
      form = QuizForm.blank();
      return;
    }
    catalogue
        .forEditing(quiz)
        .ifPresentOrElse(
            version -> form = QuizForm.of(version.toQuizFile(), version.getNumber()),
            () -> Messages.error("quiz.notFound", quiz));
  }

  public void addStatement() {
    form.addStatement();
  }

  public void removeStatement(int index) {
    form.removeStatement(index);
  }

  public void moveStatement(int index, int direction) {
    form.moveStatement(index, direction);
  }

  /** Opens the preview of the quiz as it stands in the form, when the form makes a quiz. */
  public void startPreview() {
    if (reportProblems()) {
      preview = new LearnerPreview(form.toQuizFile());
      PrimeFaces.current().ajax().addCallbackParam("previewReady", true);
    }
  }

  public String save() {
    if (!reportProblems()) {
      return null;
    }
    try {
      var outcome = catalogue.save(form.toQuizFile(), form.getBasedOn());
      if (outcome.kind() == LoadOutcome.Kind.REJECTED) {
        outcome
            .problems()
            .forEach(p -> Messages.error("edit.problem.stored", p.message(locale.getLocale())));
        return null;
      }
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("trainer.uploaded." + outcome.kind(), outcome.quizKey(), outcome.versionNo());
      return "/trainer/edit?faces-redirect=true&quiz=" + outcome.quizKey();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** Shows every problem of the form, naming statement and field; true when there is none. */
  private boolean reportProblems() {
    var problems = new ArrayList<>(form.problems());
    problems.addAll(unknownCases());
    for (var problem : problems) {
      var message = Messages.text(problem.key(), problem.arguments().toArray());
      if (problem.statement() > 0) {
        Messages.error(
            "edit.problem.inStatement",
            problem.statement(),
            Messages.text(problem.field()),
            message);
      } else {
        Messages.error("edit.problem.inSettings", message);
      }
    }
    return problems.isEmpty();
  }

  /** A statement's link to an integrity case that does not exist, named by statement and field. */
  private List<QuizForm.Problem> unknownCases() {
    var unknown = new ArrayList<QuizForm.Problem>();
    var statements = form.getStatements();
    for (int i = 0; i < statements.size(); i++) {
      var key = statements.get(i).getCaseKey();
      if (key != null && !key.isBlank()) {
        var check = new CaseLinkCheck(key.strip());
        caseLinks.fire(check);
        if (!check.known()) {
          unknown.add(
              new QuizForm.Problem(
                  "edit.problem.unknownCase", i + 1, "cases.link.field", List.of(key.strip())));
        }
      }
    }
    return unknown;
  }

  public List<TextFormat> getFormats() {
    return List.of(TextFormat.values());
  }

  public QuizForm getForm() {
    return form;
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
