package kr.cheongnabi.assessment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.QuizResults;
import kr.cheongnabi.quiz.control.QuizResults.AssignedQuiz;

/**
 * The senior officials' self-assessments, one a year: opening one on a bank (which assigns it to
 * every senior official in active employment), changing its due date and credit while it is open,
 * closing it. HR reaches it through {@link SelfAssessments}; it takes who acts as a parameter, so
 * that it can be tested inside the server without a signed-in person.
 */
@Stateless
public class Assessments {

  @PersistenceContext EntityManager em;
  @EJB Assignees assignees;
  @EJB QuizResults quizzes;
  @Inject Clock clock;

  /** An assessment just opened, and to how many senior officials it was assigned. */
  public record Opened(SelfAssessment assessment, int assigned) {}

  /** The banks an assessment can be opened on: the published assigned-only quizzes. */
  public List<AssignedQuiz> banks() {
    return quizzes.assignedOnly();
  }

  public Optional<AssignedQuiz> bank(String quizKey) {
    return quizzes.assignedOnly(quizKey);
  }

  public Optional<SelfAssessment> ofYear(int year) {
    return em.createNamedQuery(SelfAssessment.BY_YEAR, SelfAssessment.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  /** Every year's assessment, the latest year first. */
  public List<SelfAssessment> all() {
    return em.createNamedQuery(SelfAssessment.ALL, SelfAssessment.class).getResultList();
  }

  /**
   * Opens the year's assessment on the bank and assigns it to every senior official in active
   * employment. One per year; a bank serves one open assessment at a time.
   *
   * @param creditMinutes the training minutes a pass credits; 0 for none
   */
  public Opened open(
      int year, String quizKey, LocalDate dueDate, int creditMinutes, String openedBy) {
    var trainingYear = year(year);
    if (quizKey == null || bank(quizKey).isEmpty()) {
      throw new BusinessException("selfAssessment.noBank", quizKey == null ? "" : quizKey);
    }
    requireDueDate(dueDate, null);
    requireCredit(creditMinutes);
    var taken = ofYear(year);
    if (taken.isPresent()) {
      throw new BusinessException("selfAssessment.taken", year);
    }
    var sameBank = openOn(quizKey);
    if (sameBank.isPresent()) {
      throw new BusinessException("selfAssessment.bankInUse", quizKey, sameBank.get().getYear());
    }
    var assessment =
        new SelfAssessment(
            trainingYear, quizKey, dueDate, creditMinutes, openedBy, clock.instant());
    try {
      em.persist(assessment);
      em.flush();
    } catch (PersistenceException sameMoment) {
      // Another HR person opened the year, or an assessment on this bank, at the same moment: the
      // unique keys let only one of them in.
      throw new BusinessException("selfAssessment.openedMeanwhile", year);
    }
    return new Opened(assessment, assignees.assignEverySeniorOfficial(assessment.getId()));
  }

  /**
   * Changes the due date and the credit of an open assessment. A pass finished from now on credits
   * the new minutes; those credited before keep theirs. The caller names the version it showed: if
   * someone changed the assessment since, nothing is saved.
   */
  public SelfAssessment change(long id, long shownVersion, LocalDate dueDate, int creditMinutes) {
    var assessment = find(id);
    em.refresh(assessment, LockModeType.PESSIMISTIC_WRITE);
    if (assessment.getVersion() != shownVersion) {
      throw new BusinessException("selfAssessment.changedMeanwhile", assessment.getYear());
    }
    if (!assessment.isOpen()) {
      throw new BusinessException("selfAssessment.closed", assessment.getYear());
    }
    requireDueDate(dueDate, assessment.getDueDate());
    requireCredit(creditMinutes);
    assessment.change(dueDate, creditMinutes);
    return assessment;
  }

  /** Closes the assessment: offered to nobody from now on; its results stay. */
  public SelfAssessment close(long id) {
    var assessment = find(id);
    assessment.close(clock.instant());
    return assessment;
  }

  private Optional<SelfAssessment> openOn(String quizKey) {
    return em.createNamedQuery(SelfAssessment.OPEN_ON, SelfAssessment.class)
        .setParameter("quizKey", quizKey)
        .getResultStream()
        .findFirst();
  }

  private SelfAssessment find(long id) {
    var assessment = em.find(SelfAssessment.class, id);
    if (assessment == null) {
      throw new BusinessException("selfAssessment.notFound", id);
    }
    return assessment;
  }

  private static TrainingYear year(int year) {
    try {
      return new TrainingYear(year);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("selfAssessment.year", year);
    }
  }

  /** A due date is today or later; one that has passed may stay as it was ({@code kept}). */
  private void requireDueDate(LocalDate dueDate, LocalDate kept) {
    if (dueDate == null) {
      throw new BusinessException("selfAssessment.noDueDate");
    }
    if (!dueDate.equals(kept)
        && dueDate.isBefore(LocalDate.now(clock.withZone(TrainingYear.KOREA)))) {
      throw new BusinessException("selfAssessment.dueInPast", dueDate);
    }
  }

  private static void requireCredit(int creditMinutes) {
    if (creditMinutes < 0 || creditMinutes > SelfAssessment.MAX_CREDIT_MINUTES) {
      throw new BusinessException("selfAssessment.creditRange", SelfAssessment.MAX_CREDIT_MINUTES);
    }
  }
}
