package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.people.control.OrgUnitParents;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * A round's results for HR: the response rate overall and by unit, the points per area and overall
 * beside last year's round of the same survey, and how each item was answered. Figures of a unit
 * appear only where at least {@link UnitRollUp#MINIMUM} answered; fewer count as the parent's. Each
 * figure is one grouped query, never a pass over the responses.
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
  @EJB OrgUnitParents parents;
  @EJB OrgTree tree;

  public Results of(long roundId) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null) {
      throw new BusinessException("survey.notOpen");
    }
    SurveyDefinition survey = SurveyCatalogue.definition(round.getSurveyVersion());
    AnswerCounts counts = counts(roundId);
    long responses =
        ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM survey_response WHERE round_id = ?")
                    .setParameter(1, roundId)
                    .getSingleResult())
            .longValue();
    Optional<SurveyPoints> lastYear =
        em.createQuery(
                "SELECT r FROM SurveyRound r WHERE r.surveyKey = :key AND r.year = :year",
                SurveyRound.class)
            .setParameter("key", round.getSurveyKey())
            .setParameter("year", round.getYear() - 1)
            .getResultStream()
            .findFirst()
            .map(
                r ->
                    SurveyPoints.of(
                        SurveyCatalogue.definition(r.getSurveyVersion()), counts(r.getId())));
    List<UnitRate> units = units(roundId);
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
        lastYear,
        units);
  }

  @SuppressWarnings("unchecked")
  private AnswerCounts counts(long roundId) {
    var counts = new AnswerCounts();
    // Native: grouped over the answers joined to their responses, which have no entity.
    ((List<Object[]>)
            em.createNativeQuery(
                    "SELECT a.item_no, a.answer, COUNT(*) FROM survey_response r JOIN"
                        + " survey_answer a ON a.response_id = r.id WHERE r.round_id = ?"
                        + " GROUP BY a.item_no, a.answer")
                .setParameter(1, roundId)
                .getResultList())
        .forEach(
            r ->
                counts.add(
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).longValue()));
    return counts;
  }

  private List<UnitRate> units(long roundId) {
    Map<Long, Long> asked = new HashMap<>();
    Map<Long, Long> answered = new HashMap<>();
    em.createQuery(
            "SELECT p.orgUnitId, COUNT(p), SUM(CASE WHEN p.responded = TRUE THEN 1 ELSE 0 END)"
                + " FROM SurveyParticipantView p WHERE p.roundId = :round GROUP BY p.orgUnitId",
            Object[].class)
        .setParameter("round", roundId)
        .getResultList()
        .forEach(
            r -> {
              asked.put((Long) r[0], ((Number) r[1]).longValue());
              answered.put((Long) r[0], ((Number) r[2]).longValue());
            });
    Map<Long, Long> targets = UnitRollUp.targets(parents.all(), answered);
    Map<Long, Long> heldAsked = UnitRollUp.held(targets, asked);
    Map<Long, Long> heldAnswered = UnitRollUp.held(targets, answered);
    Map<Long, Bilingual> names = new HashMap<>();
    tree.byIds(heldAsked.keySet()).forEach(u -> names.put(u.id(), u.name()));
    List<UnitRate> rates = new ArrayList<>();
    heldAsked.forEach(
        (unit, n) ->
            rates.add(new UnitRate(unit, names.get(unit), n, heldAnswered.getOrDefault(unit, 0L))));
    rates.sort(Comparator.comparing((UnitRate u) -> -u.asked()).thenComparing(UnitRate::unitId));
    return rates;
  }
}
