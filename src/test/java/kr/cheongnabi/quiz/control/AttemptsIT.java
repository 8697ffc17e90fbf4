package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

/** Taking a quiz inside the running application: answers kept, results and credit exactly once. */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

  private static final int RACERS = 8;

  @Deployment
  static WebArchive deployment() {
    return Deployments.inContainer(AttemptsIT.class);
  }

  @EJB Attempts attempts;
  @EJB QuizCatalogue catalogue;

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
