package kr.cheongnabi.requirement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The start-up's computation of missing obligations while credits are recorded for many people in
 * one transaction each (as an attendance list or file records them): on 2,400 employees the two
 * used to deadlock, and InnoDB undid one of them (the start-up logged it as SEVERE). A chunk read
 * the yearly totals of its people under a shared lock and then wrote their obligations, while a
 * credit transaction held the obligations (or the gaps where they were still missing) of the people
 * it had credited and waited for the totals of the next ones.
 */
class ObligationsWhileCreditingIT extends InContainerTest {

  private static final int PEOPLE = 2400;
  private static final int PER_TRANSACTION = 50;
  private static final int YEAR = 2044;
  private static final Instant AT = Instant.parse("2044-05-11T02:00:00Z");

  @EJB RequirementBook book;
  @EJB ObligationChunks chunks;
  @EJB Ledger ledger;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Test
  void missingObligationsComputedWhileManyPeopleAreCreditedAtOnceNeitherDeadlockNorLoseACredit()
      throws Exception {
    var prefix = TestData.unique("D");
    var people = people(prefix);
    var stop = new AtomicBoolean();
    var started = new CountDownLatch(1);
    var crediting = executor.submit(() -> credit(people, stop, started));
    assertTrue(started.await(30, TimeUnit.SECONDS), "the first credits are recorded");

    var requirement = book.requirementOf(YEAR);
    var computed = 0;
    try {
      // What Obligations.completeYear does at start-up, chunk by chunk, without its retry.
      var afterId = 0L;
      for (var chunk = chunks.missing(requirement, afterId, Obligations.CHUNK);
          chunk.employees() > 0;
          chunk = chunks.missing(requirement, afterId, Obligations.CHUNK)) {
        computed += chunk.employees();
        afterId = chunk.lastId();
      }
    } finally {
      stop.set(true);
    }
    var passes = crediting.get(60, TimeUnit.SECONDS);

    assertTrue(computed >= PEOPLE, "computed " + computed);
    assertTrue(passes > 0);
    var ours =
        " FROM obligation o JOIN employee e ON e.id = o.employee_id"
            + " LEFT JOIN ledger_total t ON t.employee_id = o.employee_id"
            + " AND t.training_year = o.training_year"
            + " WHERE o.training_year = "
            + YEAR
            + " AND e.employee_number LIKE '"
            + prefix
            + "-%'";
    assertEquals(PEOPLE, data.count("SELECT COUNT(*)" + ours));
    assertEquals(
        0,
        data.count(
            "SELECT COUNT(*)" + ours + " AND o.credited_minutes <> COALESCE(t.total_minutes, 0)"),
        "every obligation holds every credit of its employee");
    assertTrue(data.count("SELECT SUM(o.credited_minutes)" + ours) > 0, "credits were recorded");
  }

  /** The people, written in one statement; their ids in order. */
  private List<Long> people(String prefix) throws SQLException {
    var unit = data.unit(TestData.unique("U"), "총무과", "General Affairs");
    data.execute(
        "INSERT INTO employee (employee_number, name, org_unit_id, senior_official, hire_date,"
            + " employment_type, status, status_since, version) VALUES "
            + IntStream.range(0, PEOPLE)
                .mapToObj(
                    i ->
                        "('%s-%04d', '나%04d', %d, FALSE, '2020-03-02', 'REGULAR', 'ACTIVE',"
                                .formatted(prefix, i, i, unit)
                            + " '2020-03-02', 0)")
                .collect(Collectors.joining(", ")));
    var ids = new ArrayList<Long>();
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT id FROM employee WHERE employee_number LIKE ? ORDER BY id")) {
      statement.setString(1, prefix + "-%");
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    assertEquals(PEOPLE, ids.size());
    return ids;
  }

  /**
   * Credits everyone a minute again and again, {@value #PER_TRANSACTION} people per transaction in
   * the order of their ids, until told to stop; returns how many times it went through them.
   */
  private int credit(List<Long> people, AtomicBoolean stop, CountDownLatch started)
      throws Exception {
    var passes = 0;
    while (!stop.get()) {
      passes++;
      for (int i = 0; i < people.size() && !stop.get(); i += PER_TRANSACTION) {
        transaction.begin();
        try {
          for (var id : people.subList(i, Math.min(i + PER_TRANSACTION, people.size()))) {
            ledger.append(Credit.module(id, YEAR, 1, passes, AT), Ledger.SYSTEM);
          }
          transaction.commit();
        } catch (Exception e) {
          rollBack();
          throw e;
        }
        started.countDown();
      }
    }
    return passes;
  }

  private void rollBack() throws SystemException {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
  }
}
