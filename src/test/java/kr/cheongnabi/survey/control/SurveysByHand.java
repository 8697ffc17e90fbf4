package kr.cheongnabi.survey.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kr.cheongnabi.people.control.ServiceHistory;
import kr.cheongnabi.survey.entity.SurveyDefinition;

/**
 * The survey's own code for opening a round, storing a response and reading the totals, wired by
 * hand on a given database: for the survey benchmark, which runs outside the container. Nothing
 * here repeats what the application does.
 */
public final class SurveysByHand {

  private SurveysByHand() {}

  public static SurveyTotals totals(DataSource dataSource) {
    var totals = new SurveyTotals();
    totals.dataSource = dataSource;
    return totals;
  }

  /** A survey file read and checked as the application reads the bundled ones. */
  public static SurveyDefinition read(String file, String content) {
    var read = new SurveyReader().read(file, content);
    if (!read.isValid()) {
      throw new IllegalArgumentException(file + ": " + read.problems());
    }
    return read.survey();
  }

  /** {@link Rounds}' recording of who a round asks, with its totals at 0. */
  public static void ask(
      Connection c, long roundId, List<ServiceHistory> asked, SurveyDefinition survey)
      throws SQLException {
    Rounds.insertParticipants(c, roundId, asked, survey.items());
  }

  /** {@link SurveyResponses}' storing of an employee's response, checked as a ballot. */
  public static void answer(
      Connection c,
      long roundId,
      long employeeId,
      SurveyDefinition survey,
      Map<Integer, Integer> given)
      throws SQLException {
    SurveyResponses.storeForEmployee(c, roundId, employeeId, Ballot.of(survey, given));
  }

  /**
   * How many answer totals of the round differ from a recount over every answer of its responses,
   * plus how many recounted answers have no total.
   */
  public static long answerTotalsOffTheRecount(Connection c, long round) throws SQLException {
    String recount =
        "SELECT a.item_no, a.answer, COUNT(*) n FROM survey_response r JOIN survey_answer a"
            + " ON a.response_id = r.id WHERE r.round_id = "
            + round
            + " GROUP BY a.item_no, a.answer";
    String totals = "SELECT item_no, answer, n FROM survey_answer_total WHERE round_id = " + round;
    return count(
            c,
            "SELECT COUNT(*) FROM ("
                + totals
                + ") t LEFT JOIN ("
                + recount
                + ") r ON r.item_no = t.item_no AND r.answer = t.answer"
                + " WHERE t.n <> COALESCE(r.n, 0)")
        + count(
            c,
            "SELECT COUNT(*) FROM ("
                + recount
                + ") r LEFT JOIN ("
                + totals
                + ") t ON r.item_no = t.item_no AND r.answer = t.answer WHERE t.n IS NULL");
  }

  /**
   * How many unit totals of the round differ from a recount of its participants (asked, answered),
   * plus how many recounted units have no total.
   */
  public static long unitTotalsOffTheRecount(Connection c, long round) throws SQLException {
    String recount =
        "SELECT org_unit_id, COUNT(*) asked, SUM(responded) answered FROM survey_participant"
            + " WHERE round_id = "
            + round
            + " GROUP BY org_unit_id";
    String totals =
        "SELECT org_unit_id, asked, answered FROM survey_unit_total WHERE round_id = " + round;
    return count(
            c,
            "SELECT COUNT(*) FROM ("
                + totals
                + ") t LEFT JOIN ("
                + recount
                + ") r ON r.org_unit_id = t.org_unit_id WHERE r.org_unit_id IS NULL"
                + " OR t.asked <> r.asked OR t.answered <> r.answered")
        + count(
            c,
            "SELECT COUNT(*) FROM ("
                + recount
                + ") r LEFT JOIN ("
                + totals
                + ") t ON r.org_unit_id = t.org_unit_id WHERE t.org_unit_id IS NULL");
  }

  /**
   * How many of the round's sums of the answers by unit and item differ from a recount over every
   * answer of its responses (by the response's unit), plus how many recounted have no row.
   */
  public static long unitSumsOffTheRecount(Connection c, long round) throws SQLException {
    String recount =
        "SELECT r.org_unit_id, a.item_no, COUNT(*) n, SUM(a.answer) s FROM survey_response r"
            + " JOIN survey_answer a ON a.response_id = r.id WHERE r.org_unit_id IS NOT NULL"
            + " AND r.round_id = "
            + round
            + " GROUP BY r.org_unit_id, a.item_no";
    String totals =
        "SELECT org_unit_id, item_no, n, answer_sum s FROM survey_unit_item_total WHERE round_id = "
            + round;
    String same = " ON r.org_unit_id = t.org_unit_id AND r.item_no = t.item_no";
    return count(
            c,
            "SELECT COUNT(*) FROM ("
                + totals
                + ") t LEFT JOIN ("
                + recount
                + ") r"
                + same
                + " WHERE t.n <> COALESCE(r.n, 0) OR t.s <> COALESCE(r.s, 0)")
        + count(
            c,
            "SELECT COUNT(*) FROM ("
                + recount
                + ") r LEFT JOIN ("
                + totals
                + ") t"
                + same
                + " WHERE t.n IS NULL");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
