package kr.cheongnabi.survey.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * Stores a sent response so that nothing in the database ties it to who sent it (README, "Integrity
 * surveys", threat model). In one transaction: the participation is marked by a conditional update
 * (so a second send, from a double click or another tab, is refused and nothing of it is stored),
 * and the response is written under a random key, with no time, and the unit or group only, and
 * counted in the round's totals ({@link SurveyTotals}). Native SQL: the conditional update is what
 * makes a response be sent once, and the responses have no entity on purpose (nothing may ever
 * load, change or order one).
 */
@Stateless
public class SurveyResponses {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** An employee's response to an internal round they are asked in. */
  public void sendAsEmployee(long roundId, long employeeId, java.util.Map<Integer, Integer> given) {
    SurveyRound round = openRound(roundId);
    Ballot ballot = Ballot.of(SurveyCatalogue.definition(round.getSurveyVersion()), given);
    try (Connection c = dataSource.getConnection()) {
      storeForEmployee(c, roundId, employeeId, ballot);
    } catch (SQLException e) {
      throw new IllegalStateException("response to round " + roundId + " not stored", e);
    }
  }

  /**
   * Marks the employee's participation and stores their checked answers, on the caller's connection
   * and transaction (the survey benchmark stores its responses through this too).
   */
  static void storeForEmployee(Connection c, long roundId, long employeeId, Ballot ballot)
      throws SQLException {
    Long unit = participantUnit(c, roundId, employeeId);
    if (unit == null) {
      throw new BusinessException("survey.notAsked");
    }
    try (PreparedStatement mark =
        c.prepareStatement(
            "UPDATE survey_participant SET responded = TRUE"
                + " WHERE round_id = ? AND employee_id = ? AND responded = FALSE")) {
      mark.setLong(1, roundId);
      mark.setLong(2, employeeId);
      if (mark.executeUpdate() == 0) {
        throw new BusinessException("survey.alreadySent");
      }
    }
    insert(c, roundId, unit, null, ballot);
  }

  /** An external respondent's response, with their one-time code. */
  public void sendWithCode(String code, java.util.Map<Integer, Integer> given) {
    SurveyCodes.Redeemable redeemable = SurveyCodes.find(em, code);
    SurveyRound round = openRound(redeemable.roundId());
    Ballot ballot = Ballot.of(SurveyCatalogue.definition(round.getSurveyVersion()), given);
    try (Connection c = dataSource.getConnection();
        PreparedStatement use =
            c.prepareStatement(
                "UPDATE survey_code SET used = TRUE WHERE code_hash = ? AND used = FALSE")) {
      use.setBytes(1, SurveyCodes.hash(code));
      if (use.executeUpdate() == 0) {
        throw new BusinessException("survey.alreadySent");
      }
      insert(c, round.getId(), null, redeemable.group(), ballot);
    } catch (SQLException e) {
      throw new IllegalStateException("response with a code not stored", e);
    }
  }

  private SurveyRound openRound(long roundId) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null || !round.isOpenOn(LocalDate.now(clock.withZone(TrainingYear.KOREA)))) {
      throw new BusinessException("survey.notOpen");
    }
    return round;
  }

  private static Long participantUnit(Connection c, long roundId, long employeeId)
      throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement(
            "SELECT org_unit_id FROM survey_participant WHERE round_id = ? AND employee_id = ?")) {
      find.setLong(1, roundId);
      find.setLong(2, employeeId);
      try (ResultSet rs = find.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static void insert(
      Connection c, long roundId, Long unit, RespondentGroup group, Ballot ballot)
      throws SQLException {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    try (PreparedStatement response =
            c.prepareStatement(
                "INSERT INTO survey_response (id, round_id, org_unit_id, respondent_group)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement answer =
            c.prepareStatement(
                "INSERT INTO survey_answer (response_id, item_no, answer) VALUES (?, ?, ?)")) {
      response.setBytes(1, id);
      response.setLong(2, roundId);
      response.setObject(3, unit);
      response.setString(4, group == null ? null : group.name());
      response.executeUpdate();
      for (var e : ballot.answers().entrySet()) {
        answer.setBytes(1, id);
        answer.setInt(2, e.getKey());
        answer.setInt(3, e.getValue());
        answer.addBatch();
      }
      answer.executeBatch();
    }
    SurveyTotals.count(c, roundId, unit, ballot);
  }
}
