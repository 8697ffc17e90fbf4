package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The maintained totals of a round equal a recount from its rows (answers, responses,
 * participants), after responses and after closing; they hold nothing that names a person or a
 * time; and the figures read from them keep the minimum group size. Each check reads only this
 * test's round, since other tests add employees, rounds and responses meanwhile.
 */
class SurveyTotalsIT extends InContainerTest {

  @EJB Rounds rounds;
  @EJB SurveyCatalogue catalogue;
  @EJB SurveyResponses responses;

  private LocalDate today;
  private long city;
  private long team;
  private long office;
  private SurveyTotals totals;

  @BeforeEach
  void aCity() {
    today = LocalDate.now(TrainingYear.KOREA);
    city = data.unit(TestData.unique("T"), "합계시청", "Totals City");
    team = data.unit(TestData.unique("T"), "감사팀", "Audit Team", city);
    office = data.unit(TestData.unique("T"), "민원실", "Civil Office", city);
    // The application's reading of the totals, without HR's role (as the benchmark wires it).
    totals = new SurveyTotals();
    totals.dataSource = dataSource;
  }

  private long survey(String kind) {
    var loaded =
        catalogue.load(
            "totals.json",
            SurveyRoundsIT.SURVEY.formatted(TestData.unique("t").toLowerCase(), kind));
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    return loaded.version().getId();
  }

  @Test
  void theTotalsOfARoundEqualARecountOfItsRowsBeforeAndAfterClosing() {
    List<Long> teamPeople = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      teamPeople.add(data.employee(TestData.unique("E"), "팀원", team));
    }
    List<Long> officePeople = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      officePeople.add(data.employee(TestData.unique("E"), "민원", office));
    }
    SurveyRound round = rounds.open(survey("internal"), today, today.plusDays(14), "hr");
    long id = round.getId();

    // Opened: a row per answer of every item (5 + 5 + 2) at 0, every unit's asked, and a row
    // per unit and item for the sums, at 0 (this test's two units; others' employees are asked
    // too).
    assertEquals(12, data.count(answerTotals(id) + ""));
    assertEquals(0, data.count("SELECT SUM(n) FROM survey_answer_total WHERE round_id = " + id));
    assertEquals(0, unitsOffTheRecount(id));
    assertEquals(round.getEligibleCount(), sumOfAsked(id));
    assertEquals(
        2 * 3,
        data.count(
            "SELECT COUNT(*) FROM survey_unit_item_total WHERE n = 0 AND answer_sum = 0"
                + " AND round_id = "
                + id
                + " AND org_unit_id IN ("
                + team
                + ", "
                + office
                + ")"));

    for (int i = 0; i < 6; i++) {
      responses.sendAsEmployee(id, teamPeople.get(i), Map.of(1, 1 + i % 5, 2, 5 - i % 5, 3, i % 2));
    }
    responses.sendAsEmployee(id, officePeople.get(0), Map.of(1, 5, 2, 4, 3, 1));

    assertEquals(0, answersOffTheRecount(id));
    assertEquals(0, unitsOffTheRecount(id));
    assertEquals(0, unitSumsOffTheRecount(id));
    assertEquals(7, totals.responses(id));
    assertEquals(
        data.count("SELECT COUNT(*) FROM survey_response WHERE round_id = " + id),
        totals.responses(id));
    var counts = totals.answers(id);
    assertEquals(7, counts.answered(1));
    assertEquals(2, counts.count(1, 1), "1 + 0 % 5 and 1 + 5 % 5");
    assertEquals(2, counts.count(2, 5), "5 - 0 % 5 and 5 - 5 % 5");
    assertEquals(2, counts.count(2, 4), "5 - 1 % 5 and the office's");
    assertEquals(4, counts.count(3, 1), "three of the team and the office's");

    rounds.close(id);
    assertEquals(0, answersOffTheRecount(id));
    assertEquals(0, unitsOffTheRecount(id));
    assertEquals(0, unitSumsOffTheRecount(id), "the office's sums moved with its response");
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM survey_unit_item_total WHERE round_id = "
                + id
                + " AND org_unit_id = "
                + office));
    assertEquals(7, totals.responses(id));
  }

  @Test
  void theRatesReadFromTheTotalsRollAUnitWithFewerThanFiveAnswersIntoItsParent() {
    List<Long> teamPeople = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      teamPeople.add(data.employee(TestData.unique("E"), "팀원", team));
    }
    long alone = data.employee(TestData.unique("E"), "민원", office);
    data.employee(TestData.unique("E"), "민원", office);
    long versionId = survey("internal");
    SurveyRound round = rounds.open(versionId, today, today.plusDays(14), "hr");
    long id = round.getId();
    for (int i = 0; i < 5; i++) {
      responses.sendAsEmployee(id, teamPeople.get(i), Map.of(1, 3, 2, 4, 3, 0));
    }
    responses.sendAsEmployee(id, alone, Map.of(1, 2, 2, 2, 3, 1));

    var units = totals.units(id);
    UnitRate teamRate = rate(units, team);
    assertEquals(6, teamRate.asked());
    assertEquals(5, teamRate.answered());
    assertEquals("Audit Team", teamRate.name().en());
    assertNull(rate(units, office), "one answer in the office is not shown under it");
    UnitRate cityRate = rate(units, city);
    assertEquals(2, cityRate.asked(), "the office's two asked count under the city");
    assertEquals(1, cityRate.answered());

    // The points by unit, from the sums: the team's five (3, 4, not) give c1 50, c2 reversed 25,
    // culture 37.5, experience 100, overall (37.5 + 100) / 2 = 68.75; the city holds one
    // response, too few for points.
    var withPoints = totals.units(id, SurveyCatalogue.definition(catalogue.version(versionId)));
    assertEquals(68.75, rate(withPoints, team).points().overall(), 1e-9);
    assertEquals(37.5, rate(withPoints, team).points().areas().get("culture"), 1e-9);
    assertNull(rate(withPoints, city).points(), "one response is too few for points");
    assertNull(rate(units, team).points(), "without the survey, no points");
  }

  @Test
  void anExternalRoundCountsItsResponsesAndAnswersWithoutUnits() {
    SurveyRound round = rounds.open(survey("external"), today, today.plusDays(30), "hr");
    long id = round.getId();
    for (int i = 0; i < 2; i++) {
      String code = SurveyCodes.newCode();
      data.execute(
          "INSERT INTO survey_code (code_hash, round_id, respondent_group) VALUES (X'"
              + java.util.HexFormat.of().formatHex(SurveyCodes.hash(code))
              + "', "
              + id
              + ", 'PROCUREMENT')");
      responses.sendWithCode(code, Map.of(1, 4, 2, 1 + i, 3, 0));
    }
    assertEquals(2, totals.responses(id));
    assertEquals(0, answersOffTheRecount(id));
    assertEquals(0, data.count("SELECT COUNT(*) FROM survey_unit_total WHERE round_id = " + id));
    assertTrue(totals.units(id).isEmpty());
  }

  @Test
  void theTotalsHaveNoColumnThatNamesAPersonAResponseOrATime() {
    assertEquals("answer,item_no,n,round_id", columns("survey_answer_total"));
    assertEquals("responses,round_id", columns("survey_round_total"));
    assertEquals("answered,asked,org_unit_id,round_id", columns("survey_unit_total"));
    assertEquals("answer_sum,item_no,n,org_unit_id,round_id", columns("survey_unit_item_total"));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name LIKE 'survey\\_%\\_total'"
                + " AND (extra LIKE '%auto_increment%' OR data_type IN ('datetime', 'timestamp',"
                + " 'date', 'time'))"));
  }

  private static UnitRate rate(List<UnitRate> units, long unit) {
    return units.stream().filter(u -> u.unitId() == unit).findFirst().orElse(null);
  }

  private String columns(String table) {
    return data.text(
        "SELECT GROUP_CONCAT(column_name ORDER BY column_name) FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND table_name = '"
            + table
            + "'");
  }

  private static String answerTotals(long round) {
    return "SELECT COUNT(*) FROM survey_answer_total WHERE round_id = " + round;
  }

  private long sumOfAsked(long round) {
    return data.count("SELECT SUM(asked) FROM survey_unit_total WHERE round_id = " + round);
  }

  private long answersOffTheRecount(long round) {
    try (var c = dataSource.getConnection()) {
      return SurveysByHand.answerTotalsOffTheRecount(c, round);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long unitSumsOffTheRecount(long round) {
    try (var c = dataSource.getConnection()) {
      return SurveysByHand.unitSumsOffTheRecount(c, round);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long unitsOffTheRecount(long round) {
    try (var c = dataSource.getConnection()) {
      return SurveysByHand.unitTotalsOffTheRecount(c, round);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
