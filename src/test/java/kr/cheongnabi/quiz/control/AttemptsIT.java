package kr.cheongnabi.quiz.control;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.testing.Deployments;
import kr.cheongnabi.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taking a quiz inside the running application: answers kept, results and credit exactly once, only
 * for the employees of the quiz's audience.
 */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

  private static final int RACERS = 8;

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer(AttemptsIT.class);
  }

  @EJB Attempts attempts;
  @EJB QuizCatalogue catalogue;
  @EJB QuizAudiences audiences;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private TestData data;
  private long employee;
  private String quiz;

  @BeforeEach
  void anEmployeeAndAQuizOfThreeStatements() {
    data = new TestData(dataSource);
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    employee = data.employee(TestData.unique("E"), "김응시", unit);
    quiz = TestData.unique("it-attempt-").toLowerCase();
    var outcome = catalogue.loadFile(quiz + ".gift", gift(quiz).getBytes(StandardCharsets.UTF_8));
    assertTrue(outcome.problems().isEmpty(), outcome.toString());
  }

  @AfterEach
  void close() throws Exception {
    data.close();
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
  }

  @Test
  void startingManyTimesAtOnceOpensOneAttempt() throws Exception {
    var ids = new HashSet<Long>();
    for (var result : race(() -> startOrResume())) {
      ids.add(result.get(60, TimeUnit.SECONDS));
    }
    assertEquals(1, ids.size());
    assertEquals(
        1, data.count("SELECT COUNT(*) FROM quiz_attempt WHERE employee_id = " + employee));
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

  /** A second start that loses the race on the unique key resumes the winner's attempt. */
  private long startOrResume() {
    try {
      return attempts.start(employee, quiz);
    } catch (RuntimeException lostTheRace) {
      return attempts.start(employee, quiz);
    }
  }

  private <T> ArrayList<Future<T>> race(Callable<T> task) {
    var gate = new CountDownLatch(1);
    var results = new ArrayList<Future<T>>();
    for (int i = 0; i < RACERS; i++) {
      results.add(
          executor.submit(
              () -> {
                gate.await();
                return task.call();
              }));
    }
    gate.countDown();
    return results;
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
