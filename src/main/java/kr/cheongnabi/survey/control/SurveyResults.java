package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyKind;
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

  /**
   * A unit's (rolled-up) rate and points; {@code name} null for units no longer in the tree, {@code
   * points} null where fewer than {@link UnitRollUp#MINIMUM} responses are held.
   */
  public record UnitRate(
      long unitId, Bilingual name, long asked, long answered, SurveyPoints points) {

    public UnitRate(long unitId, Bilingual name, long asked, long answered) {
      this(unitId, name, asked, answered, null);
    }

    public double rate() {
      return Figures.percent(answered, asked);
    }

    /** The rate with one decimal, as shown: {@code 40.0}. */
    public String shownRate() {
      return Figures.oneDecimal(rate()).toPlainString();
    }

    /** Whether enough answered here for the unit's figures to be shown. */
    public boolean shown() {
      return answered >= UnitRollUp.MINIMUM;
    }

    /** The unit's overall points with one decimal, a dash where they are not shown. */
    public String shownPoints() {
      return points == null ? "–" : SurveyPoints.shown(points.overall());
    }
  }

  /** An external round's codes of one group: how many were made and how many answered. */
  public record GroupRate(RespondentGroup group, long invited, long answered) {

    public double rate() {
      return Figures.percent(answered, invited);
    }

    /** The rate with one decimal, as shown: {@code 40.0}. */
    public String shownRate() {
      return Figures.oneDecimal(rate()).toPlainString();
    }

    public boolean shown() {
      return answered >= UnitRollUp.MINIMUM;
    }
  }

  /**
   * Everything the results page shows. {@code asked} and {@code answered} are, for an internal
   * round, the employees it asks and those who answered; for an external one, the codes made and
   * those used.
   */
  public record Results(
      SurveyRound round,
      SurveyDefinition survey,
      long responses,
      long asked,
      long answered,
      SurveyPoints points,
      AnswerCounts counts,
      Optional<SurveyPoints> lastYear,
      List<UnitRate> units,
      List<GroupRate> groups) {

    /** Whether the round has enough responses for any points or distribution to be shown. */
    public boolean enough() {
      return responses >= UnitRollUp.MINIMUM;
    }

    /** The response rate in per cent, one decimal; 0 when nobody was asked. */
    public double rate() {
      return Figures.percent(answered, asked);
    }

    /** The overall points and then each area's, each beside last year's. */
    public List<AreaFigure> areaFigures() {
      List<AreaFigure> figures = new ArrayList<>();
      figures.add(
          new AreaFigure(
              null, points.overall(), lastYear.map(SurveyPoints::overall).orElse(Double.NaN)));
      for (SurveyArea area : survey.areas()) {
        figures.add(
            new AreaFigure(
                area.title(),
                points.areas().get(area.key()),
                lastYear
                    .map(p -> p.areas().getOrDefault(area.key(), Double.NaN))
                    .orElse(Double.NaN)));
      }
      return figures;
    }
  }

  /**
   * Points this year and last year (NaN for none), as shown (one decimal), as bar lengths out of
   * 100, and the change between the two as shown.
   *
   * @param title the area's title, or null for the overall points
   */
  public record AreaFigure(Bilingual title, double now, double lastYear) {

    public String shownNow() {
      return SurveyPoints.shown(now);
    }

    public String shownLastYear() {
      return SurveyPoints.shown(lastYear);
    }

    public String change() {
      return Figures.signed(Figures.change(Figures.oneDecimal(now), Figures.oneDecimal(lastYear)));
    }

    public double length() {
      return Double.isNaN(now) ? 0 : now;
    }

    public double lastLength() {
      return Double.isNaN(lastYear) ? 0 : lastYear;
    }
  }

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
    List<UnitRate> units = totals.units(roundId, survey);
    List<GroupRate> groups =
        survey.kind() == SurveyKind.EXTERNAL ? totals.invitations(roundId) : List.of();
    long asked =
        units.stream().mapToLong(UnitRate::asked).sum()
            + groups.stream().mapToLong(GroupRate::invited).sum();
    long answered =
        units.stream().mapToLong(UnitRate::answered).sum()
            + groups.stream().mapToLong(GroupRate::answered).sum();
    return new Results(
        round,
        survey,
        responses,
        asked,
        answered,
        SurveyPoints.of(survey, counts),
        counts,
        lastYear.map(r -> SurveyPoints.of(r.survey(), totals.answers(r.roundId()))),
        units,
        groups);
  }
}
