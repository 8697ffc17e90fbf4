package kr.cheongnabi.survey.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.survey.control.SurveyResults.GroupRate;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.RespondentGroup;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * The maintained totals of the rounds ({@code survey_answer_total}, {@code survey_round_total},
 * {@code survey_unit_total}, {@code survey_unit_item_total}): the results read them, never the
 * answers. They are set up when a round opens ({@link #open}) and raised in the transaction that
 * stores a response ({@link #count}). They hold no person and no time; answers are counted per
 * round, item and answer, and per unit only as a count and a sum of each item's answers (for the
 * unit's points), which a closed round moves up from units where fewer than 5 answered as it moves
 * the responses, so they narrow nothing that the answers themselves do not (README, "Integrity
 * surveys", threat model). JDBC: the statements are plain sums and counters, and the results are
 * read the same way outside the container by the survey benchmark.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SurveyTotals {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * The rows of a new round, at 0: its response count, every answer of every item, each unit with
   * how many it asks there, and each unit's sums of every item.
   */
  static void open(Connection c, long roundId, List<SurveyItem> items, Map<Long, Long> askedByUnit)
      throws SQLException {
    try (PreparedStatement round =
            c.prepareStatement(
                "INSERT INTO survey_round_total (round_id, responses) VALUES (?, 0)");
        PreparedStatement answer =
            c.prepareStatement(
                "INSERT INTO survey_answer_total (round_id, item_no, answer, n) VALUES (?, ?, ?,"
                    + " 0)");
        PreparedStatement unit =
            c.prepareStatement(
                "INSERT INTO survey_unit_total (round_id, org_unit_id, asked, answered)"
                    + " VALUES (?, ?, ?, 0)");
        PreparedStatement unitItem =
            c.prepareStatement(
                "INSERT INTO survey_unit_item_total (round_id, org_unit_id, item_no, n,"
                    + " answer_sum) VALUES (?, ?, ?, 0, 0)")) {
      round.setLong(1, roundId);
      round.executeUpdate();
      for (SurveyItem item : items) {
        for (int value = item.scale().lowest(); value <= item.scale().highest(); value++) {
          answer.setLong(1, roundId);
          answer.setInt(2, item.number());
          answer.setInt(3, value);
          answer.addBatch();
        }
      }
      answer.executeBatch();
      for (var e : new TreeMap<>(askedByUnit).entrySet()) {
        unit.setLong(1, roundId);
        unit.setLong(2, e.getKey());
        unit.setLong(3, e.getValue());
        unit.addBatch();
        for (SurveyItem item : items) {
          unitItem.setLong(1, roundId);
          unitItem.setLong(2, e.getKey());
          unitItem.setInt(3, item.number());
          unitItem.addBatch();
        }
      }
      unit.executeBatch();
      unitItem.executeBatch();
    }
  }

  /**
   * Counts a stored response: the round's responses, each of its answers and, for an employee's,
   * the unit of their participation and its sums of the answers. Upserts, in the order of the keys,
   * so that concurrent responses wait for each other's rows rather than deadlock, and a row a round
   * lacks is made.
   */
  static void count(Connection c, long roundId, Long participantUnit, Ballot ballot)
      throws SQLException {
    try (PreparedStatement round =
            c.prepareStatement(
                "INSERT INTO survey_round_total (round_id, responses) VALUES (?, 1)"
                    + " ON DUPLICATE KEY UPDATE responses = responses + 1");
        PreparedStatement answer =
            c.prepareStatement(
                "INSERT INTO survey_answer_total (round_id, item_no, answer, n) VALUES (?, ?, ?,"
                    + " 1) ON DUPLICATE KEY UPDATE n = n + 1")) {
      round.setLong(1, roundId);
      round.executeUpdate();
      for (var e : new TreeMap<>(ballot.answers()).entrySet()) {
        answer.setLong(1, roundId);
        answer.setInt(2, e.getKey());
        answer.setInt(3, e.getValue());
        answer.addBatch();
      }
      answer.executeBatch();
    }
    if (participantUnit != null) {
      try (PreparedStatement unit =
              c.prepareStatement(
                  "INSERT INTO survey_unit_total (round_id, org_unit_id, asked, answered)"
                      + " VALUES (?, ?, 0, 1) ON DUPLICATE KEY UPDATE answered = answered + 1");
          PreparedStatement unitItem = c.prepareStatement(ADD_TO_UNIT_ITEM)) {
        unit.setLong(1, roundId);
        unit.setLong(2, participantUnit);
        unit.executeUpdate();
        for (var e : new TreeMap<>(ballot.answers()).entrySet()) {
          addToUnitItem(unitItem, roundId, participantUnit, e.getKey(), 1, e.getValue());
        }
        unitItem.executeBatch();
      }
    }
  }

  private static final String ADD_TO_UNIT_ITEM =
      "INSERT INTO survey_unit_item_total (round_id, org_unit_id, item_no, n, answer_sum)"
          + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n + ?, answer_sum = answer_sum + ?";

  private static void addToUnitItem(
      PreparedStatement add, long roundId, long unit, int item, long n, long sum)
      throws SQLException {
    add.setLong(1, roundId);
    add.setLong(2, unit);
    add.setInt(3, item);
    add.setLong(4, n);
    add.setLong(5, sum);
    add.setLong(6, n);
    add.setLong(7, sum);
    add.addBatch();
  }

  /**
   * Moves a unit's sums of the answers to another unit (its parent, when a round closes where fewer
   * than {@link UnitRollUp#MINIMUM} answered there), as the responses themselves are moved.
   */
  static void moveUnitSums(Connection c, long roundId, long from, long to) throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT item_no, n, answer_sum FROM survey_unit_item_total"
                    + " WHERE round_id = ? AND org_unit_id = ? ORDER BY item_no");
        PreparedStatement add = c.prepareStatement(ADD_TO_UNIT_ITEM);
        PreparedStatement remove =
            c.prepareStatement(
                "DELETE FROM survey_unit_item_total WHERE round_id = ? AND org_unit_id = ?")) {
      read.setLong(1, roundId);
      read.setLong(2, from);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          addToUnitItem(add, roundId, to, rs.getInt(1), rs.getLong(2), rs.getLong(3));
        }
      }
      add.executeBatch();
      remove.setLong(1, roundId);
      remove.setLong(2, from);
      remove.executeUpdate();
    }
  }

  /** How many responses a round has. */
  public long responses(long roundId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT responses FROM survey_round_total WHERE round_id = ?")) {
      s.setLong(1, roundId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("responses of round " + roundId + " not read", e);
    }
  }

  /** How many a round asks: the employees of its units. */
  public long asked(long roundId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(asked), 0) FROM survey_unit_total WHERE round_id = ?")) {
      s.setLong(1, roundId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("asked of round " + roundId + " not read", e);
    }
  }

  /** How many gave each answer to each item of a round. */
  public AnswerCounts answers(long roundId) {
    var counts = new AnswerCounts();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT item_no, answer, n FROM survey_answer_total WHERE round_id = ? AND n > 0")) {
      s.setLong(1, roundId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.add(rs.getInt(1), rs.getInt(2), rs.getLong(3));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("answers of round " + roundId + " not read", e);
    }
  }

  /**
   * The response rate by unit, rolled up by {@link UnitRollUp} (a unit where fewer than {@link
   * UnitRollUp#MINIMUM} answered counts as its parent), the most asked first; without points.
   */
  public List<UnitRate> units(long roundId) {
    return units(roundId, null);
  }

  /**
   * The response rate and the points by unit, rolled up by {@link UnitRollUp} (a unit where fewer
   * than {@link UnitRollUp#MINIMUM} answered counts as its parent), the most asked first. A unit's
   * points come from its sums of the answers, rolled up the same way, and only where at least
   * {@link UnitRollUp#MINIMUM} responses are held.
   *
   * @param survey the round's survey, for the points; null for none
   */
  public List<UnitRate> units(long roundId, SurveyDefinition survey) {
    Map<Long, Long> asked = new HashMap<>();
    Map<Long, Long> answered = new HashMap<>();
    Map<Long, Long> parents = new HashMap<>();
    Map<Long, Bilingual> names = new HashMap<>();
    Map<Long, AnswerSums> sums = new HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT org_unit_id, asked, answered FROM survey_unit_total WHERE round_id = ?")) {
        s.setLong(1, roundId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            asked.put(rs.getLong(1), rs.getLong(2));
            answered.put(rs.getLong(1), rs.getLong(3));
          }
        }
      }
      if (survey != null) {
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT org_unit_id, item_no, n, answer_sum FROM survey_unit_item_total"
                    + " WHERE round_id = ? AND n > 0")) {
          s.setLong(1, roundId);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              sums.computeIfAbsent(rs.getLong(1), u -> new AnswerSums())
                  .add(rs.getInt(2), rs.getLong(3), rs.getLong(4));
            }
          }
        }
      }
      try (PreparedStatement s =
              c.prepareStatement("SELECT id, parent_id, name_ko, name_en FROM org_unit");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          long parent = rs.getLong(2);
          parents.put(id, rs.wasNull() ? null : parent);
          names.put(id, new Bilingual(rs.getString(3), rs.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("units of round " + roundId + " not read", e);
    }
    Map<Long, Long> targets = UnitRollUp.targets(parents, answered);
    Map<Long, Long> heldAsked = UnitRollUp.held(targets, asked);
    Map<Long, Long> heldAnswered = UnitRollUp.held(targets, answered);
    // A closed round has moved its small units' sums already; a unit that only received some
    // (a parent nobody is asked in) keeps them.
    Map<Long, AnswerSums> heldSums = new HashMap<>();
    sums.forEach(
        (unit, s) ->
            heldSums
                .computeIfAbsent(targets.getOrDefault(unit, unit), u -> new AnswerSums())
                .add(s));
    List<UnitRate> rates = new ArrayList<>();
    heldAsked.forEach(
        (unit, n) -> {
          AnswerSums held = heldSums.get(unit);
          rates.add(
              new UnitRate(
                  unit,
                  names.get(unit),
                  n,
                  heldAnswered.getOrDefault(unit, 0L),
                  held != null && held.responses() >= UnitRollUp.MINIMUM
                      ? SurveyPoints.of(survey, held)
                      : null));
        });
    rates.sort(Comparator.comparing((UnitRate u) -> -u.asked()).thenComparing(UnitRate::unitId));
    return rates;
  }

  /**
   * How many invitation codes an external round has by group, and how many were used: a grouped
   * count over the round's codes, read from their index.
   */
  public List<GroupRate> invitations(long roundId) {
    List<GroupRate> groups = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT respondent_group, COUNT(*), SUM(used) FROM survey_code WHERE round_id = ?"
                    + " GROUP BY respondent_group ORDER BY respondent_group")) {
      s.setLong(1, roundId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          groups.add(
              new GroupRate(
                  RespondentGroup.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
        }
      }
      return groups;
    } catch (SQLException e) {
      throw new IllegalStateException("invitations of round " + roundId + " not read", e);
    }
  }
}
