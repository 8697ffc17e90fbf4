package kr.cheongnabi.quiz.control;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.VersionTally.StatementTally;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.Race;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking a quiz inside the running application: answers kept, results, credit and statistics
 * exactly once, only for the employees of the quiz's audience.
 */
class AttemptsIT extends InContainerTest {

  private static final int RACERS = 8;

  @EJB Attempts attempts;
  @EJB QuizCatalogue catalogue;
  @EJB QuizAudiences audiences;
  @EJB QuizTallies tallies;
  @EJB OverdueAttempts sweeper;

  private long employee;
  private String quiz;

  @BeforeEach
  void anEmployeeAndAQuizOfThreeStatements() {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    employee = data.employee(TestData.unique("E"), "김응시", unit);
    quiz = TestData.unique("it-attempt-").toLowerCase();
    var outcome = catalogue.loadFile(quiz + ".gift", gift(quiz).getBytes(StandardCharsets.UTF_8));
    assertTrue(outcome.problems().isEmpty(), outcome.toString());
  }

  @Test
  void eachAnswerIsKeptAndStartingAgainResumesAtTheNextStatement() {
    var id = attempts.start(employee, quiz);
    attempts.answer(employee, id, quiz + "-01", true);

    assertEquals(id, attempts.start(employee, quiz), "the open attempt is resumed");
    var view = attempts.view(employee, id);
    assertEquals(1, view.nextIndex());
    assertEquals(Boolean.TRUE, view.statements().get(0).correct());
    assertNull(view.statements().get(1).correct(), "no answer is given away before answering");
  }

  @Test
  void theFirstAnswerToAStatementIsFinal() {
    var id = attempts.start(employee, quiz);
    attempts.answer(employee, id, quiz + "-02", false);
    var view = attempts.answer(employee, id, quiz + "-02", true);
    assertEquals(Boolean.FALSE, view.statements().get(1).given());
  }

  @Test
  void finishingManyTimesAtOnceRecordsOneResultAndCreditsOnce() throws Exception {
    var id = attempts.start(employee, quiz);
    attempts.answer(employee, id, quiz + "-01", true);
    attempts.answer(employee, id, quiz + "-02", false);
    attempts.answer(employee, id, quiz + "-03", true);

    var results = race(() -> attempts.finish(employee, id));

    for (var result : results) {
      var view = result.get(60, TimeUnit.SECONDS);
      assertTrue(view.finished());
      assertEquals(3, view.rightCount());
      assertEquals(Boolean.TRUE, view.passed());
    }
    assertEquals(1, data.count("SELECT COUNT(*) FROM quiz_credit WHERE attempt_id = " + id));
    assertEquals(
        10, data.count("SELECT SUM(minutes) FROM quiz_credit WHERE employee_id = " + employee));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry e JOIN quiz_credit c"
                + " ON e.source_key = CONCAT('quiz-credit:', c.id) AND e.employee_id = c.employee_id"
                + " WHERE c.attempt_id = "
                + id),
        "the hours ledger has the credit once");
    assertEquals(
        10,
        data.count("SELECT SUM(quiz_minutes) FROM ledger_total WHERE employee_id = " + employee));
    var tally = tallies.of(version());
    assertEquals(1, tally.finished(), "counted once in the statistics");
    assertEquals(1, tally.passed());
    assertEquals(new StatementTally(1, 0, 0), tally.statements().get(quiz + "-02"));
  }

  @Test
  void theStatisticsCountWhatTheFinishedAttemptsAnswered() throws Exception {
    var unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Office");
    var allRight = employee;
    var twoWrong = data.employee(TestData.unique("E"), "이오답", unit);
    var outOfTime = data.employee(TestData.unique("E"), "최시간", unit);
    var stillAnswering = data.employee(TestData.unique("E"), "정진행", unit);
    finish(allRight, true, false, true);
    finish(twoWrong, false, true, true);
    finish(outOfTime, true, true, null);
    var open = attempts.start(stillAnswering, quiz);
    attempts.answer(stillAnswering, open, quiz + "-01", false);

    var tally = tallies.of(version());

    assertEquals(4, tally.started());
    assertEquals(3, tally.finished());
    assertEquals(1, tally.passed());
    assertEquals(1, tally.open());
    assertEquals(
        Map.of(
            quiz + "-01", new StatementTally(3, 1, 0),
            quiz + "-02", new StatementTally(3, 2, 0),
            quiz + "-03", new StatementTally(2, 0, 1)),
        tally.statements());
    assertTalliesAsCountedFromAttemptsAndAnswers();
  }

  @Test
  void eachVersionIsCountedApartSinceItsStatementsMayReadDifferently() throws Exception {
    finish(employee, true, true, true);
    var first = version();
    var changed = gift(quiz).replace("셋은 참이다.", "셋은 홀수다.");
    var outcome = catalogue.loadFile(quiz + ".gift", changed.getBytes(StandardCharsets.UTF_8));
    assertEquals(LoadOutcome.Kind.NEW_VERSION, outcome.kind());

    finish(employee, false, false, null);

    var before = tallies.of(first);
    var after = tallies.of(version());
    assertEquals(1, before.finished());
    assertEquals(1, after.finished());
    assertEquals(new StatementTally(1, 1, 0), before.statements().get(quiz + "-02"));
    assertEquals(new StatementTally(1, 0, 0), after.statements().get(quiz + "-02"));
    assertEquals(new StatementTally(0, 0, 1), after.statements().get(quiz + "-03"));
    assertTalliesAsCountedFromAttemptsAndAnswers();
  }

  @Test
  void manyDifferentAttemptsFinishingAtOnceAreEachCountedOnce() throws Exception {
    var unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Office");
    var employees = new ArrayList<Long>();
    var ids = new ArrayList<Long>();
    for (int i = 0; i < RACERS; i++) {
      var racer = data.employee(TestData.unique("E"), "동시" + i, unit);
      var id = attempts.start(racer, quiz);
      attempts.answer(racer, id, quiz + "-01", i % 2 == 0);
      attempts.answer(racer, id, quiz + "-02", i % 3 == 0);
      employees.add(racer);
      ids.add(id);
    }
    var next = new AtomicInteger();

    var results =
        race(
            () -> {
              int i = next.getAndIncrement();
              return attempts.finish(employees.get(i), ids.get(i));
            });

    for (var result : results) {
      assertTrue(result.get(60, TimeUnit.SECONDS).finished());
    }
    var tally = tallies.of(version());
    assertEquals(RACERS, tally.started());
    assertEquals(RACERS, tally.finished());
    assertEquals(new StatementTally(RACERS, RACERS / 2, 0), tally.statements().get(quiz + "-01"));
    assertEquals(new StatementTally(0, 0, RACERS), tally.statements().get(quiz + "-03"));
    assertTalliesAsCountedFromAttemptsAndAnswers();
  }

  @Test
  void startingManyTimesAtOnceOpensOneAttemptThatEveryStartResumes() throws Exception {
    var ids = new HashSet<Long>();
    for (var result : race(() -> attempts.start(employee, quiz))) {
      ids.add(result.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, ids.size());
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));
    assertEquals(1, tallies.of(version()).started(), "counted once");
  }

  @Test
  void anAttemptPastItsTimeLimitIsClosedAndScoredWhenItIsNextReadAndNoLongerInProgress() {
    timed();
    var id = attempts.start(employee, quiz);
    attempts.answer(employee, id, quiz + "-01", true);
    overdue(id);

    var view = attempts.view(employee, id);
    assertTrue(view.finished());
    assertEquals(1, view.rightCount(), "scored on the answers given in time");
    assertFalse(view.passed());
    var card = attempts.cards(employee).stream().filter(c -> c.quizKey().equals(quiz)).findFirst();
    assertEquals(QuizCard.State.FAILED, card.orElseThrow().state());
    assertTrue(card.orElseThrow().canStart(), "one attempt of two is left");
  }

  @Test
  void anAnswerAfterTheTimeLimitClosesTheAttemptInsteadOfBeingKept() {
    timed();
    var id = attempts.start(employee, quiz);
    overdue(id);

    var view = attempts.answer(employee, id, quiz + "-01", true);
    assertTrue(view.finished());
    assertEquals(0, view.rightCount());
    assertEquals(0, data.count("SELECT COUNT(*) FROM quiz_answer WHERE attempt_id = " + id));
  }

  @Test
  void overdueAttemptsAreClosedOnceBySweepersRacingEachOtherAndCreditOnce() throws Exception {
    timed();
    var learners = new ArrayList<Long>();
    learners.add(employee);
    learners.add(data.employee(TestData.unique("E"), "박응시", unitOf(employee)));
    for (var learner : learners) {
      var id = attempts.start(learner, quiz);
      attempts.answer(learner, id, quiz + "-01", true);
      attempts.answer(learner, id, quiz + "-02", false);
      overdue(id);
    }
    for (var result : race(() -> sweeper.sweep())) {
      result.get(60, TimeUnit.SECONDS);
    }
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM quiz_attempt WHERE passed = TRUE AND quiz_id = (SELECT id FROM"
                + " quiz WHERE quiz_key = '"
                + quiz
                + "')"));
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE employee_id IN ("
                + learners.get(0)
                + ", "
                + learners.get(1)
                + ")"),
        "each passed attempt credits its minutes once");
    assertEquals(2, tallies.of(version()).finished());
  }

  @Test
  void noAnswerIsTakenAfterFinishingAndTheAttemptLimitHolds() {
    var first = attempts.start(employee, quiz);
    attempts.finish(employee, first);
    assertThrows(
        BusinessException.class, () -> attempts.answer(employee, first, quiz + "-01", true));
    var second = attempts.start(employee, quiz);
    attempts.finish(employee, second);
    var refused = assertThrows(BusinessException.class, () -> attempts.start(employee, quiz));
    assertEquals("quiz.noAttemptsLeft", refused.getMessageKey());
  }

  @Test
  void anotherEmployeeCannotSeeTheAttempt() {
    var id = attempts.start(employee, quiz);
    var stranger =
        data.employee(TestData.unique("E"), "남", data.unit(TestData.unique("U"), "과", "Div"));
    var refused = assertThrows(BusinessException.class, () -> attempts.view(stranger, id));
    assertEquals("quiz.attemptNotFound", refused.getMessageKey());
  }

  @Test
  void aQuizForAUnitIsForEveryUnitBelowItAndForNobodyElseUntilItIsForEveryoneAgain() {
    var unitA = data.unit(TestData.unique("A"), "감사관", "Inspector General");
    var below = data.unit(TestData.unique("A"), "감사담당관", "Audit Office", unitA);
    var team = data.unit(TestData.unique("A"), "감사1팀", "Audit Team 1", below);
    var inTeam = data.employee(TestData.unique("E"), "이팀원", team);
    var elsewhere =
        data.employee(
            TestData.unique("E"), "최타과", data.unit(TestData.unique("B"), "복지국", "Welfare"));

    chooseUnits(unitA);

    assertTrue(hasCard(inTeam), "an employee two levels below the chosen unit sees the quiz");
    attempts.start(inTeam, quiz);
    assertFalse(hasCard(elsewhere), "an employee of another unit does not see it");
    var refused = assertThrows(BusinessException.class, () -> attempts.start(elsewhere, quiz));
    assertEquals("quiz.notInAudience", refused.getMessageKey());

    audiences.change(quiz, audiences.of(quiz).version(), true, List.of());
    assertTrue(hasCard(elsewhere), "a quiz for everyone is for the other unit too");
    attempts.start(elsewhere, quiz);
  }

  @Test
  void aNewVersionOfTheQuizKeepsItsAudience() {
    var unitA = data.unit(TestData.unique("A"), "감사관", "Inspector General");
    var member = data.employee(TestData.unique("E"), "정구성", unitA);
    chooseUnits(unitA);

    var outcome =
        catalogue.loadFile(
            quiz + ".gift",
            gift(quiz).replace("셋은 참이다.", "셋은 분명히 참이다.").getBytes(StandardCharsets.UTF_8));

    assertEquals(LoadOutcome.Kind.NEW_VERSION, outcome.kind());
    assertEquals(List.of(unitA), audiences.of(quiz).units().stream().map(u -> u.id()).toList());
    assertFalse(hasCard(employee), "the employee outside the unit still does not see it");
    assertTrue(hasCard(member));
  }

  @Test
  void anAttemptOpenWhenTheAudienceChangesCanStillBeFinished() {
    var id = attempts.start(employee, quiz);
    attempts.answer(employee, id, quiz + "-01", true);

    chooseUnits(data.unit(TestData.unique("A"), "다른 과", "Another Division"));

    var card = attempts.cards(employee).stream().filter(c -> c.quizKey().equals(quiz)).findFirst();
    assertEquals(QuizCard.State.IN_PROGRESS, card.orElseThrow().state());
    assertEquals(id, attempts.start(employee, quiz), "the open attempt is resumed");
    attempts.answer(employee, id, quiz + "-02", false);
    assertTrue(attempts.finish(employee, id).finished());
    assertFalse(hasCard(employee), "once finished, the quiz is gone from the list");
  }

  @Test
  void chosenUnitsWithoutAUnitAreRefused() {
    var version = audiences.of(quiz).version();
    var refused =
        assertThrows(
            BusinessException.class, () -> audiences.change(quiz, version, false, List.of()));
    assertEquals("audience.noUnits", refused.getMessageKey());
    assertTrue(audiences.of(quiz).everyone());
  }

  @Test
  void trainersSavingAtOnceLeaveOneWholeChoiceAndTheOthersAreToldToReload() throws Exception {
    var units = new ArrayList<Long>();
    for (int i = 0; i < RACERS + 1; i++) {
      units.add(data.unit(TestData.unique("R"), "경쟁과" + i, "Race " + i));
    }
    var shown = audiences.of(quiz).version();
    var next = new AtomicInteger();

    var results =
        race(
            () -> {
              // Each trainer chooses two units of their own, a pair no other trainer chooses.
              var i = next.getAndIncrement();
              var choice = Set.of(units.get(i), units.get(i + 1));
              audiences.change(quiz, shown, false, choice);
              return choice;
            });

    Set<Long> saved = null;
    int refused = 0;
    for (var result : results) {
      try {
        saved = result.get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        var cause = assertInstanceOf(BusinessException.class, e.getCause());
        assertEquals("audience.changedMeanwhile", cause.getMessageKey());
        refused++;
      }
    }
    assertEquals(RACERS - 1, refused, "one trainer's choice is saved");
    var stored = audiences.of(quiz).units().stream().map(u -> u.id()).collect(toSet());
    assertEquals(saved, stored, "the audience is exactly the winner's choice");
    assertEquals(
        2,
        data.count(
            "SELECT COUNT(*) FROM quiz_audience_unit a JOIN quiz q ON q.id = a.quiz_id"
                + " WHERE q.quiz_key = '"
                + quiz
                + "'"));
  }

  private void chooseUnits(long... units) {
    audiences.change(
        quiz, audiences.of(quiz).version(), false, Arrays.stream(units).boxed().toList());
  }

  private boolean hasCard(long employeeId) {
    return attempts.cards(employeeId).stream().anyMatch(card -> card.quizKey().equals(quiz));
  }

  /** Answers the three statements as given (null: not answered) and finishes. */
  private void finish(long learner, Boolean first, Boolean second, Boolean third) {
    var id = attempts.start(learner, quiz);
    var given = new Boolean[] {first, second, third};
    for (int i = 0; i < given.length; i++) {
      if (given[i] != null) {
        attempts.answer(learner, id, quiz + "-0" + (i + 1), given[i]);
      }
    }
    attempts.finish(learner, id);
  }

  private long version() {
    return data.count("SELECT current_version_id FROM quiz WHERE quiz_key = '" + quiz + "'");
  }

  /**
   * The kept totals equal a count over every attempt and answer, made by the queries with which the
   * V4 migration counted the attempts made before it.
   */
  private void assertTalliesAsCountedFromAttemptsAndAnswers() throws Exception {
    var where = " WHERE quiz_version_id = " + version();
    assertEquals(
        rows("SELECT * FROM (" + backfill("quiz_version_tally") + ") counted" + where),
        rows(
            "SELECT quiz_version_id, SUM(started), SUM(finished), SUM(passed)"
                + " FROM quiz_version_tally"
                + where
                + " GROUP BY quiz_version_id"));
    var statements = where + " ORDER BY statement_key";
    assertEquals(
        rows("SELECT * FROM (" + backfill("quiz_statement_tally") + ") counted" + statements),
        rows(
            "SELECT quiz_version_id, statement_key, SUM(answered), SUM(wrong), SUM(unanswered)"
                + " FROM quiz_statement_tally"
                + where
                + " GROUP BY quiz_version_id, statement_key ORDER BY statement_key"));
  }

  /** The query of the V4 migration that filled the table from the attempts already made. */
  private static String backfill(String table) throws Exception {
    try (var in =
        AttemptsIT.class
            .getClassLoader()
            .getResourceAsStream("db/migration/V4__quiz_statistics.sql")) {
      var script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var insert =
          Stream.of(script.split(";"))
              .filter(statement -> statement.contains("INSERT INTO " + table + " "))
              .findFirst()
              .orElseThrow();
      return insert.substring(insert.indexOf("SELECT"));
    }
  }

  /** The rows a query finds, each value as text, so that a count and an INT column compare. */
  private List<List<String>> rows(String sql) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      var rows = new ArrayList<List<String>>();
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        var row = new ArrayList<String>();
        for (int i = 1; i <= columns; i++) {
          row.add(result.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The quiz again, with a time limit of one minute. */
  private void timed() {
    var outcome =
        catalogue.loadFile(
            quiz + ".gift",
            gift(quiz)
                .replace("// @shuffle false", "// @shuffle false\n// @time-limit-minutes 1")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(LoadOutcome.Kind.NEW_VERSION, outcome.kind(), outcome.toString());
  }

  /** Moves the attempt's start and deadline back, as if its minute had passed long ago. */
  private void overdue(long attemptId) {
    data.execute(
        "UPDATE quiz_attempt SET deadline_at = started_at - INTERVAL 9 MINUTE,"
            + " started_at = started_at - INTERVAL 10 MINUTE WHERE id = "
            + attemptId);
  }

  private long unitOf(long employeeId) {
    return data.count("SELECT org_unit_id FROM employee WHERE id = " + employeeId);
  }

  private <T> List<Future<T>> race(Callable<T> task) {
    return Race.of(executor, RACERS, task);
  }

  private static String gift(String key) {
    return """
        // @quiz %1$s
        // @title.ko 시험용 퀴즈
        // @title.en A quiz for the test
        // @pass-mark 60
        // @credit-minutes 10
        // @attempts 2
        // @shuffle false

        // @en One is true.
        ::%1$s-01::하나는 참이다.{T}

        // @en Two is false.
        ::%1$s-02::둘은 거짓이다.{F}

        // @en Three is true.
        ::%1$s-03::셋은 참이다.{T}
        """
        .formatted(key);
  }
}
