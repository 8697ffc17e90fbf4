package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * A round's results for HR: the response rate overall and by unit, the points per area and overall
 * beside last year's round of the same survey, and how each item was answered. Figures of a unit
 * appear only where at least {@link UnitRollUp#MINIMUM} answered; fewer count as the parent's.
 * Every figure comes from the maintained totals ({@link SurveyTotals}), never from the answers.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SurveyResults {

  /** A unit's (rolled-up) rate; {@code name} null for units no longer in the tree. */
  public record UnitRate(long unitId, Bilingual name, long asked, long answered) {

    public double rate() {
      return asked == 0 ? 0 : Math.round(answered * 1000.0 / asked) / 10.0;
    }
  }

  /** Everything the results page shows. */
  public record Results(
      SurveyRound round,
      SurveyDefinition survey,
      long responses,
      long asked,
      long answered,
      SurveyPoints points,
      AnswerCounts counts,
      Optional<SurveyPoints> lastYear,
      List<UnitRate> units) {}

  @PersistenceContext EntityManager em;
  @EJB SurveyTotals totals;

  public Results of(long roundId) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null) {
      throw new BusinessException("survey.notOpen");
    }
    Optional<Earlier> lastYear =
        em.createQuery(
                "SELECT r FROM SurveyRound r WHERE r.surveyKey = :key AND r.year = :year",
                SurveyRound.class)
            .setParameter("key", round.getSurveyKey())
            .setParameter("year", round.getYear() - 1)
            .getResultStream()
            .findFirst()
            .map(r -> new Earlier(r.getId(), SurveyCatalogue.definition(r.getSurveyVersion())));
    return of(
        totals, round, roundId, SurveyCatalogue.definition(round.getSurveyVersion()), lastYear);
  }

  /** A round of an earlier year, whose points are shown beside the round's. */
  public record Earlier(long roundId, SurveyDefinition survey) {}

  /**
   * The figures of a round from its totals, once the round and last year's are found (the survey
   * benchmark times this with the application's totals on its own database).
   */
  public static Results of(
      SurveyTotals totals,
      SurveyRound round,
      long roundId,
      SurveyDefinition survey,
      Optional<Earlier> lastYear) {
    AnswerCounts counts = totals.answers(roundId);
    long responses = totals.responses(roundId);
    List<UnitRate> units = totals.units(roundId);
    long asked = units.stream().mapToLong(UnitRate::asked).sum();
    long answered = units.stream().mapToLong(UnitRate::answered).sum();
    return new Results(
        round,
        survey,
        responses,
        asked,
        answered,
        SurveyPoints.of(survey, counts),
        counts,
        lastYear.map(r -> SurveyPoints.of(r.survey(), totals.answers(r.roundId()))),
        units);
  }
}
