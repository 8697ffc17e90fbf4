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
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.control.SurveyResults.GroupRate;
import kr.cheongnabi.survey.control.YearEnd.RoundFigures;
import kr.cheongnabi.survey.control.YearEnd.Side;
import kr.cheongnabi.survey.entity.SurveyKind;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * The year-end figures of the integrity surveys for HR ({@link YearEnd}): a year's internal and
 * external round, each with the same survey's round of the year before, read from the maintained
 * totals. A year usually has one round of each kind; where it has more, HR chooses, and the first
 * opened is taken until then.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SurveyYearEnd {

  @PersistenceContext EntityManager em;
  @EJB SurveyTotals totals;

  /** The year's rounds of a kind, the first opened first. */
  public List<SurveyRound> rounds(int year, SurveyKind kind) {
    return em.createQuery(
            "SELECT r FROM SurveyRound r JOIN FETCH r.surveyVersion v"
                + " WHERE r.year = :year AND v.kind = :kind ORDER BY r.id",
            SurveyRound.class)
        .setParameter("year", year)
        .setParameter("kind", kind)
        .getResultList();
  }

  /**
   * The year's figures.
   *
   * @param internalRound the internal round to report, or null for the year's first
   * @param externalRound the external round to report, or null for the year's first
   * @throws BusinessException when a round given is not one of that year and kind
   */
  public YearEnd of(int year, Long internalRound, Long externalRound) {
    return new YearEnd(
        year,
        side(year, SurveyKind.INTERNAL, internalRound),
        side(year, SurveyKind.EXTERNAL, externalRound));
  }

  private Optional<Side> side(int year, SurveyKind kind, Long chosen) {
    List<SurveyRound> rounds = rounds(year, kind);
    Optional<SurveyRound> round =
        chosen == null
            ? rounds.stream().findFirst()
            : rounds.stream().filter(r -> r.getId().equals(chosen)).findFirst();
    if (chosen != null && round.isEmpty()) {
      throw new BusinessException(
          "survey.yearEnd.noSuchRound", String.valueOf(chosen), String.valueOf(year));
    }
    return round.map(
        r ->
            new Side(
                figures(r),
                em.createQuery(
                        "SELECT r FROM SurveyRound r JOIN FETCH r.surveyVersion"
                            + " WHERE r.surveyKey = :key AND r.year = :year",
                        SurveyRound.class)
                    .setParameter("key", r.getSurveyKey())
                    .setParameter("year", year - 1)
                    .getResultStream()
                    .findFirst()
                    .map(this::figures)));
  }

  private RoundFigures figures(SurveyRound round) {
    long id = round.getId();
    long invited =
        round.getSurveyVersion().getKind() == SurveyKind.EXTERNAL
            ? totals.invitations(id).stream().mapToLong(GroupRate::invited).sum()
            : totals.asked(id);
    return new RoundFigures(
        round,
        SurveyCatalogue.definition(round.getSurveyVersion()),
        invited,
        totals.responses(id),
        totals.answers(id));
  }
}
