package kr.cheongnabi.followup.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import kr.cheongnabi.followup.control.AssignmentRow;
import kr.cheongnabi.learning.control.ModuleDue;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.QuizCard;

/**
 * One thing the home page says is still to do: a follow-up assignment, a module or a quiz, with its
 * due date (a follow-up's, an assigned quiz's, or the last day a module or quiz is open) and where
 * to do it.
 *
 * @param dueDate the day it is due, or null when nothing sets one
 * @param stateKey the message key of where the person stands on it
 * @param outcome the page to do it on
 * @param parameter the page's parameter name, or null
 * @param value the parameter's value, or null
 */
public record DueItem(
    Kind kind,
    Bilingual title,
    LocalDate dueDate,
    String stateKey,
    String outcome,
    String parameter,
    String value)
    implements Serializable {

  public enum Kind {
    FOLLOW_UP,
    MODULE,
    QUIZ
  }

  /** Soonest due first; what nothing makes due comes last. */
  static final Comparator<DueItem> SOONEST_FIRST =
      Comparator.comparing(DueItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));

  static DueItem of(AssignmentRow row) {
    var state = "followup.assignmentState." + row.state().name();
    return row.isModule()
        ? new DueItem(
            Kind.FOLLOW_UP,
            row.title(),
            row.dueDate(),
            state,
            "/me/module",
            "module",
            row.moduleKey())
        : new DueItem(
            Kind.FOLLOW_UP, row.title(), row.dueDate(), state, "/me/sessions", null, null);
  }

  static DueItem of(ModuleDue module) {
    return new DueItem(
        Kind.MODULE,
        module.title(),
        module.availableUntil(),
        // The cards' own "In progress: {0} of {1} lessons" needs figures the list leaves out.
        module.started() ? "followup.assignmentState.IN_PROGRESS" : "module.state.NOT_STARTED",
        "/me/module",
        "module",
        module.key());
  }

  static DueItem of(QuizCard card) {
    return new DueItem(
        Kind.QUIZ,
        card.title(),
        card.dueDate() != null ? card.dueDate() : card.availableUntil(),
        "quizzes.state." + card.state().name(),
        "/me/quiz",
        "quiz",
        card.quizKey());
  }
}
