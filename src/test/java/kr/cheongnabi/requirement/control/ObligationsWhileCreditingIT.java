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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.testing.InContainerTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * The start-up's computation of missing obligations while a transaction records credits for many
 * people, in more than one training year (as the developer run's demo history does, last year's
 * then this year's): on 2,400 employees the two deadlocked, and InnoDB undid one of them (the
 * start-up logged it as SEVERE). Updating the obligation of last year, which nobody has yet, locked
 * the gap where this year's obligations go; the chunk, holding this year's totals of its people
 * under a shared lock, waited for that gap to insert them, and the credit transaction then waited
 * for those totals.
 */
class ObligationsWhileCreditingIT extends InContainerTest {

  private static final int PEOPLE = 2400;
  private static final int CREDITED = 400;
  private static final int YEAR = 2044;
  private static final Instant AT = Instant.parse("2044-05-11T02:00:00Z");

  @EJB RequirementBook book;
  @EJB ObligationChunks chunks;
  @EJB Ledger ledger;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Test
  void missingObligationsComputedWhileManyPeopleAreCreditedInTwoYearsNeitherDeadlockNorLoseACredit()
      throws Exception {
    var prefix = TestData.unique("D");
    var people = people(prefix);
    var started = new CountDownLatch(1);
    var crediting = executor.submit(() -> credit(people.subList(0, CREDITED), started));
    assertTrue(started.await(30, TimeUnit.SECONDS), "last year's credits are being recorded");

    // What Obligations.completeYear does at start-up, chunk by chunk (without its retry), from
    // these people on.
    var requirement = book.requirementOf(YEAR);
    var computed = 0;
    var afterId = people.get(0) - 1;
    for (var chunk = chunks.missing(requirement, afterId, Obligations.CHUNK);
        chunk.employees() > 0;
        chunk = chunks.missing(requirement, afterId, Obligations.CHUNK)) {
      computed += chunk.employees();
      afterId = chunk.lastId();
    }
    crediting.get(60, TimeUnit.SECONDS);

    assertTrue(computed >= PEOPLE, "computed " + computed);
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
    assertEquals(CREDITED * 30, data.count("SELECT SUM(o.credited_minutes)" + ours));
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
   * Credits the people 30 minutes last year and then this year, in one transaction; opens {@code
   * started} once the first credits are recorded.
   */
  private Void credit(List<Long> credited, CountDownLatch started) throws Exception {
    transaction.begin();
    try {
      for (var year : List.of(YEAR - 1, YEAR)) {
        for (var id : credited) {
          ledger.append(Credit.module(id, year, 30, year, AT), Ledger.SYSTEM);
          started.countDown();
        }
      }
      transaction.commit();
    } catch (Exception e) {
      rollBack();
      throw e;
    }
    return null;
  }

  private void rollBack() throws SystemException {
    if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
      transaction.rollback();
    }
  }
}
