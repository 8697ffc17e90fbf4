package kr.cheongnabi.assessment.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.people.control.EmployeeRecords;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.QuizResults;

/**
 * HR's report by person of a self-assessment, not anonymous: every senior official it is assigned
 * to with their unit, position, whether and when they completed it, their best score, whether they
 * passed and how many attempts they used, and the counts over all of them. Read in four queries
 * whatever the size of the organisation: the senior officials (over an index), who is assigned,
 * their records (500 a query) and their results (one grouped query over the bank's attempts of the
 * assessment's window); the attempts themselves are never loaded.
 *
 * <p>Who is in it: everyone assigned who is still a senior official in active employment, and
 * everyone assigned who completed it, whatever became of them since. Someone who left or is no
 * longer a senior official before completing it is no longer asked, and not counted.
 */
@Stateless
public class AssessmentReport {

  @EJB Assignees assignees;
  @EJB EmployeeRecords people;
  @EJB QuizResults quizzes;

  /**
   * One senior official's line.
   *
   * @param completedOn the Korean day the first attempt was finished, or null
   * @param bestPercent the best score in percent, or null before a finished attempt
   * @param attempts attempts used, finished or not
   * @param stillAsked whether they are a senior official in active employment now
   */
  public record PersonRow(
      long employeeId,
      String employeeNumber,
      String name,
      Bilingual unitName,
      String position,
      LocalDate assignedOn,
      LocalDate completedOn,
      Integer bestPercent,
      boolean passed,
      int attempts,
      boolean stillAsked)
      implements Serializable {

    public boolean completed() {
      return completedOn != null;
    }
  }

  /**
   * The counts at the top of the report.
   *
   * @param averagePercent the average of the completed ones' best scores, one decimal; null when
   *     nobody completed it
   */
  public record Figures(int assigned, int completed, int passed, BigDecimal averagePercent)
      implements Serializable {

    /** Completed of assigned, in whole percent; 0 when nobody is assigned. */
    public int completionPercent() {
      return assigned == 0 ? 0 : completed * 100 / assigned;
    }

    static Figures of(List<PersonRow> rows) {
      var scores =
          rows.stream()
              .filter(PersonRow::completed)
              .map(PersonRow::bestPercent)
              .filter(Objects::nonNull)
              .toList();
      var average =
          scores.isEmpty()
              ? null
              : BigDecimal.valueOf(scores.stream().mapToLong(Integer::longValue).sum())
                  .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
      return new Figures(
          rows.size(),
          (int) rows.stream().filter(PersonRow::completed).count(),
          (int) rows.stream().filter(PersonRow::passed).count(),
          average);
    }
  }

  /** The report: its figures over everyone in it, and its rows, by unit, name and number. */
  public record Report(SelfAssessment assessment, Figures figures, List<PersonRow> rows)
      implements Serializable {

    /** The rows the filter keeps: everyone, or those who have not completed it. */
    public List<PersonRow> rows(boolean notCompletedOnly) {
      return notCompletedOnly ? rows.stream().filter(r -> !r.completed()).toList() : rows;
    }
  }

  static final Comparator<PersonRow> BY_UNIT_AND_NAME =
      Comparator.comparing((PersonRow r) -> r.unitName().ko())
          .thenComparing(PersonRow::name)
          .thenComparing(PersonRow::employeeNumber);

  /**
   * The report of the assessment. While it is open, a senior official not assigned yet (appointed
   * since it was opened) is assigned it first.
   */
  public Report of(SelfAssessment assessment) {
    if (assessment.isOpen()) {
      assignees.assignEverySeniorOfficial(assessment.getId());
    }
    var assigned = assignees.of(assessment.getId());
    var listed = people.listingsOf(assigned.keySet());
    var results =
        quizzes.between(
            assessment.getQuizKey(), assessment.getOpenedAt(), assessment.getClosedAt());
    var rows = new ArrayList<PersonRow>();
    for (var entry : assigned.entrySet()) {
      var person = listed.get(entry.getKey());
      if (person == null) {
        continue;
      }
      var result = results.get(entry.getKey());
      var completedOn = result == null ? null : day(result.firstFinishedAt());
      if (!person.activeSeniorOfficial() && completedOn == null) {
        continue;
      }
      rows.add(
          new PersonRow(
              person.id(),
              person.employeeNumber(),
              person.name(),
              person.unitName(),
              person.position(),
              day(entry.getValue()),
              completedOn,
              result == null ? null : result.bestPercent(),
              result != null && result.passed(),
              result == null ? 0 : result.attempts(),
              person.activeSeniorOfficial()));
    }
    rows.sort(BY_UNIT_AND_NAME);
    return new Report(assessment, Figures.of(rows), List.copyOf(rows));
  }

  private static LocalDate day(Instant moment) {
    return moment == null ? null : moment.atZone(TrainingYear.KOREA).toLocalDate();
  }
}
