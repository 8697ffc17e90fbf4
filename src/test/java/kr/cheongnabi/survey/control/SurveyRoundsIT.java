package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rounds in the database: who is asked (against an independent count over the employment history),
 * responses sent once, and anonymity: every way to join a response back to a person that the tables
 * could offer is tried, and fails.
 */
class SurveyRoundsIT extends InContainerTest {

  /** A small survey of three items; its key and kind are given. */
  static final String SURVEY =
      """
      {"format": "cheongnabi-survey/1", "key": "%s", "kind": "%s",
       "title": {"ko": "시험 설문", "en": "Test survey"},
       "areas": [
         {"key": "culture", "title": {"ko": "조직문화", "en": "Culture"}, "items": [
           {"key": "c1", "text": {"ko": "가", "en": "A"}, "scale": "likert5"},
           {"key": "c2", "text": {"ko": "나", "en": "B"}, "scale": "likert5", "reverse": true}]},
         {"key": "experience", "title": {"ko": "부패경험", "en": "Experience"}, "items": [
           {"key": "e1", "text": {"ko": "다", "en": "C"}, "scale": "experienced"}]}
       ]}
      """;

  @EJB Rounds rounds;
  @EJB SurveyCatalogue catalogue;
  @EJB SurveyResponses responses;
  @EJB SurveyCodes codes;
  @EJB SurveyReminders reminders;
  @EJB ReminderClaims reminderClaims;

  private LocalDate today;
  private long city;
  private long team;
  private long office;

  @BeforeEach
  void aCity() {
    today = LocalDate.now(TrainingYear.KOREA);
    city = data.unit(TestData.unique("S"), "설문시청", "Survey City");
    team = data.unit(TestData.unique("S"), "감사팀", "Audit Team", city);
    office = data.unit(TestData.unique("S"), "민원실", "Civil Office", city);
  }

  private long survey(String kind) {
    var loaded =
        catalogue.load("test.json", SURVEY.formatted(TestData.unique("s").toLowerCase(), kind));
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    return loaded.version().getId();
  }

  private long employee(long unit) {
    return data.employee(TestData.unique("E"), "응답자", unit);
  }

  private Map<Integer, Integer> answers(int c1, int c2, int e1) {
    return Map.of(1, c1, 2, c2, 3, e1);
  }

  @Test
  void theEligibleAreThoseWithMoreThanSixMonthsActiveOnTheStartDateAsAnIndependentCountSays() {
    long regular = employee(team);
    long contract = employee(team);
    data.execute("UPDATE employee SET employment_type = 'CONTRACT' WHERE id = " + contract);
    long recent = employee(team);
    data.execute(
        "UPDATE employee SET hire_date = '" + today.minusMonths(6) + "' WHERE id = " + recent);
    long onLeave = employee(office);
    data.execute(
        "INSERT INTO employment_period (employee_id, status, start_date, end_date) VALUES ("
            + onLeave
            + ", 'ACTIVE', '2020-03-02', '"
            + today.minusDays(10)
            + "'), ("
            + onLeave
            + ", 'ON_LEAVE', '"
            + today.minusDays(9)
            + "', NULL)");
    long dispatched = employee(office);
    data.execute(
        "UPDATE employee SET status = 'DISPATCHED', status_since = '"
            + today.minusYears(1)
            + "' WHERE id = "
            + dispatched);

    // Client tests add and change employees meanwhile: the count lies between the counts taken
    // just before and just after it.
    long before = data.askedByTheInternalSurvey(today);
    int eligible = rounds.eligibleCount(today);
    long after = data.askedByTheInternalSurvey(today);
    assertTrue(
        eligible >= Math.min(before, after) && eligible <= Math.max(before, after),
        eligible + " / " + before + "–" + after);

    SurveyRound round = rounds.open(survey("internal"), today, today.plusDays(14), "hr");
    assertEquals(eligible, round.getEligibleCount());
    assertEquals(eligible, data.count(participants(round) + ""));
    for (long asked : new long[] {regular, contract}) {
      assertEquals(1, data.count(participants(round) + " AND employee_id = " + asked));
    }
    for (long notAsked : new long[] {recent, onLeave, dispatched}) {
      assertEquals(0, data.count(participants(round) + " AND employee_id = " + notAsked));
    }
    var again =
        assertThrows(
            BusinessException.class,
            () -> rounds.open(round.getSurveyVersion().getId(), today, today.plusDays(3), "hr"));
    assertEquals("survey.round.taken", again.getMessageKey());
  }

  private static String participants(SurveyRound round) {
    return "SELECT COUNT(*) FROM survey_participant WHERE round_id = " + round.getId();
  }

  @Test
  void aResponseIsSentOnceAndItsAnswersCannotBeChanged() {
    long asked = employee(team);
    long version = survey("internal");
    SurveyRound round = rounds.open(version, today, today.plusDays(14), "hr");
    responses.sendAsEmployee(round.getId(), asked, answers(4, 2, 0));
    var twice =
        assertThrows(
            BusinessException.class,
            () -> responses.sendAsEmployee(round.getId(), asked, answers(1, 1, 1)));
    assertEquals("survey.alreadySent", twice.getMessageKey());
    assertEquals(1, data.count(responsesOf(round)));
    long hiredAfterTheStart = employee(team);
    var notAsked =
        assertThrows(
            BusinessException.class,
            () -> responses.sendAsEmployee(round.getId(), hiredAfterTheStart, answers(3, 3, 0)));
    assertEquals("survey.notAsked", notAsked.getMessageKey());
    var incomplete =
        assertThrows(
            BusinessException.class,
            () -> responses.sendAsEmployee(round.getId(), asked, Map.of(1, 3)));
    assertEquals("survey.unanswered", incomplete.getMessageKey());
    String answer =
        "UPDATE survey_answer a JOIN survey_response r ON r.id = a.response_id SET a.answer = 1"
            + " WHERE r.round_id = "
            + round.getId();
    var refused = assertThrows(IllegalStateException.class, () -> data.execute(answer));
    assertTrue(refused.getCause().getMessage().contains("final"), refused.getCause().getMessage());
    assertEquals(
        "4",
        data.text(
            "SELECT a.answer FROM survey_answer a JOIN survey_response r ON r.id = a.response_id"
                + " WHERE a.item_no = 1 AND r.round_id = "
                + round.getId()));
  }

  private static String responsesOf(SurveyRound round) {
    return "SELECT COUNT(*) FROM survey_response WHERE round_id = " + round.getId();
  }

  @Test
  void noJoinLeadsFromAResponseBackToThePersonWhoSentIt() {
    // Eight people of the team answer in a known order; one of the office answers too.
    List<Long> team8 = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      team8.add(employee(team));
    }
    long alone = employee(office);
    SurveyRound round = rounds.open(survey("internal"), today, today.plusDays(14), "hr");
    Map<Long, Integer> sentC1 = new HashMap<>();
    for (int i = 0; i < team8.size(); i++) {
      int c1 = 1 + i % 5;
      responses.sendAsEmployee(round.getId(), team8.get(i), answers(c1, 3, i % 2));
      sentC1.put(team8.get(i), c1);
    }
    responses.sendAsEmployee(round.getId(), alone, answers(5, 1, 0));

    // 1. No shared key: the response tables have no column naming a person, a participation, a
    // time or an order, and nothing is numbered by the server.
    assertEquals("id,org_unit_id,respondent_group,round_id", columns("survey_response"));
    assertEquals("answer,item_no,response_id", columns("survey_answer"));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name IN ('survey_response', 'survey_answer')"
                + " AND (extra LIKE '%auto_increment%' OR data_type IN ('datetime', 'timestamp',"
                + " 'date', 'time'))"));

    // 2. No order: the rows' order (the clustered key) is not the order in which they were sent.
    // The ids are 16 random bytes, so the chance that eight of them fall in sending order is
    // 1 in 40,320; this test would then fail without anything being wrong.
    List<Integer> storedC1 = new ArrayList<>();
    try (var c = dataSource.getConnection();
        var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT a.answer FROM survey_response r JOIN survey_answer a"
                    + " ON a.response_id = r.id AND a.item_no = 1 WHERE r.round_id = "
                    + round.getId()
                    + " AND r.org_unit_id = "
                    + team
                    + " ORDER BY r.id")) {
      while (r.next()) {
        storedC1.add(r.getInt(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    List<Integer> sentOrder = team8.stream().map(sentC1::get).toList();
    assertEquals(8, storedC1.size());
    assertNotEquals(sentOrder, storedC1, "the table's order gives away the order of sending");
    String firstId =
        data.text("SELECT HEX(MIN(id)) FROM survey_response WHERE round_id = " + round.getId());
    assertEquals(32, firstId.length());
    assertNotEquals(
        HexFormat.of().formatHex(new byte[16]).toUpperCase(), firstId, "a key, not a number");

    // 3. The unit: joining participants to responses by round and unit matches every team
    // response to the eight people who answered there, never to one.
    assertEquals(
        8 * 8,
        data.count(
            "SELECT COUNT(*) FROM survey_participant p JOIN survey_response r"
                + " ON r.round_id = p.round_id AND r.org_unit_id = p.org_unit_id"
                + " WHERE p.responded AND p.org_unit_id = "
                + team
                + " AND r.round_id = "
                + round.getId()));

    // 4. Once closed, the office's single response no longer names the office: it counts under
    // the city, so the unit join above finds no response that only one person could have sent.
    rounds.close(round.getId());
    assertEquals(
        0,
        data.count(responsesOf(round) + " AND org_unit_id = " + office),
        "a unit where one person answered");
    assertEquals(1, data.count(responsesOf(round) + " AND org_unit_id = " + city));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM survey_unit_item_total WHERE n > 0 AND round_id = "
                + round.getId()
                + " AND org_unit_id = "
                + office),
        "the office's sums of the answers moved with its response");
    assertEquals(8, data.count(responsesOf(round) + " AND org_unit_id = " + team));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*) FROM (SELECT r.org_unit_id FROM survey_response r WHERE r.round_id = "
                + round.getId()
                + " GROUP BY r.org_unit_id HAVING COUNT(*) < 5 AND r.org_unit_id <> "
                + city
                + ") small"));
  }

  @Test
  void anExternalRespondentAnswersOnceWithACodeThatIsNotKeptWithTheAnswers() {
    SurveyRound round = rounds.open(survey("external"), today, today.plusDays(30), "hr");
    assertEquals(0, round.getEligibleCount());
    String code = SurveyCodes.newCode();
    data.execute(
        "INSERT INTO survey_code (code_hash, round_id, respondent_group) VALUES (X'"
            + HexFormat.of().formatHex(SurveyCodes.hash(code))
            + "', "
            + round.getId()
            + ", 'CONSTRUCTION')");
    assertEquals(round.getId(), codes.redeemable(code).roundId());
    responses.sendWithCode(code.toLowerCase(), answers(3, 3, 0));
    var again =
        assertThrows(BusinessException.class, () -> responses.sendWithCode(code, answers(1, 1, 1)));
    assertEquals("survey.alreadySent", again.getMessageKey());
    assertEquals(
        "CONSTRUCTION",
        data.text(
            "SELECT respondent_group FROM survey_response WHERE round_id = " + round.getId()));
    assertEquals(1, data.count(responsesOf(round)));
    var unknown =
        assertThrows(
            BusinessException.class,
            () -> responses.sendWithCode("AAAA-BBBB-CCCC", answers(1, 1, 1)));
    assertEquals("survey.code.unknown", unknown.getMessageKey());
  }

  @Test
  void whoHasNotAnsweredIsRemindedOncePerStage() {
    long answered = employee(team);
    long silent = employee(team);
    SurveyRound round =
        rounds.open(survey("internal"), today.minusDays(7), today.plusDays(14), "hr");
    responses.sendAsEmployee(round.getId(), answered, answers(5, 1, 0));
    reminders.remind(round, 1);
    assertEquals(List.of(), reminderClaims.pending(round.getId(), 1, 100), "everyone reminded");
    assertEquals(
        "1",
        data.text(
            "SELECT reminded_stage FROM survey_participant WHERE round_id = "
                + round.getId()
                + " AND employee_id = "
                + silent));
    assertEquals(
        "0",
        data.text(
            "SELECT reminded_stage FROM survey_participant WHERE round_id = "
                + round.getId()
                + " AND employee_id = "
                + answered));
    assertEquals(false, reminderClaims.claim(round.getId(), silent, 1), "once per stage");
    assertEquals(true, reminderClaims.claim(round.getId(), silent, 2), "the next stage");
  }

  private String columns(String table) {
    return data.text(
        "SELECT GROUP_CONCAT(column_name ORDER BY column_name) FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() AND table_name = '"
            + table
            + "'");
  }
}
