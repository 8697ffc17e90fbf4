package kr.cheongnabi.survey.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyRound;

/** The signed-in employee's surveys: those they are asked in, and sending their response. */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MySurveys {

  /** A round I am asked in, and whether I have answered it. */
  public record MyRound(SurveyRound round, SurveyDefinition survey, boolean sent) {}

  @PersistenceContext EntityManager em;
  @Inject SignedInEmployee signedIn;
  @Inject Clock clock;
  @EJB SurveyResponses responses;

  /** The rounds open today that ask me, answered or not. */
  public List<MyRound> open() {
    var me = signedIn.employeeId();
    if (me.isEmpty()) {
      return List.of();
    }
    LocalDate today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    List<Object[]> rows =
        em.createQuery(
                "SELECT r, p.responded FROM SurveyRound r, SurveyParticipantView p"
                    + " WHERE p.roundId = r.id AND p.employeeId = :me AND r.closedAt IS NULL"
                    + " AND r.startsOn <= :today AND r.endsOn >= :today ORDER BY r.endsOn",
                Object[].class)
            .setParameter("me", me.get())
            .setParameter("today", today)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              var round = (SurveyRound) r[0];
              return new MyRound(
                  round,
                  SurveyCatalogue.definition(round.getSurveyVersion()),
                  Boolean.TRUE.equals(r[1]));
            })
        .toList();
  }

  /** A round I am asked in and have not answered yet, open today. */
  public MyRound toAnswer(long roundId) {
    return open().stream()
        .filter(r -> r.round().getId() == roundId)
        .findFirst()
        .orElseThrow(() -> new BusinessException("survey.notOpen"));
  }

  /** Sends my answers, once. */
  public void send(long roundId, Map<Integer, Integer> answers) {
    responses.sendAsEmployee(roundId, signedIn.employeeId("survey.notAsked"), answers);
  }
}
