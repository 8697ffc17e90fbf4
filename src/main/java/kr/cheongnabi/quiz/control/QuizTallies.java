package kr.cheongnabi.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.cheongnabi.quiz.control.StatementOutcomes.Outcome;
import kr.cheongnabi.quiz.control.VersionTally.StatementTally;

/**
 * The totals behind the quiz statistics, kept up to date as attempts start and finish, so that the
 * statistics never count attempts or answers. Each total is split into {@link #SLOTS} rows; an
 * attempt adds to the rows of one slot picked at random, so that the thousands of attempts of an
 * integrity week rarely wait for one another, and reading adds the slots up. A version's rows are
 * written with the version, so attempts only ever update rows, always the version's row first and
 * then its statements' rows in key order: concurrent finishes never deadlock.
 */
@Stateless
public class QuizTallies {

  private static final Logger LOG = Logger.getLogger(QuizTallies.class.getName());

  /** How many rows each total is split into (the V15 migration writes as many). */
  public static final int SLOTS = 16;

  @PersistenceContext EntityManager em;

  /** Zero totals for a version just stored, with its statements. */
  public void open(long versionId) {
    var slots = slotList();
    // Native: one INSERT ... SELECT over a list of slots writes every row, which JPQL cannot.
    em.createNativeQuery(
            "INSERT INTO quiz_version_tally (quiz_version_id, slot) SELECT ?, slot FROM " + slots)
        .setParameter(1, versionId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO quiz_statement_tally (quiz_version_id, statement_key, slot)"
                + " SELECT s.quiz_version_id, s.statement_key, n.slot FROM quiz_statement s, "
                + slots
                + " WHERE s.quiz_version_id = ?")
        .setParameter(1, versionId)
        .executeUpdate();
  }

  /** Counts an attempt started, in the transaction that stores it. */
  public void started(long versionId) {
    // Native: a counter, added to in SQL so that concurrent starts add up.
    em.createNativeQuery(
            "UPDATE quiz_version_tally SET started = started + 1"
                + " WHERE quiz_version_id = ? AND slot = ?")
        .setParameter(1, versionId)
        .setParameter(2, slot())
        .executeUpdate();
  }

  /**
   * Counts a finished attempt, in the transaction whose conditional update finished it, so that it
   * is counted exactly once. One update for the version, one for all statements the attempt drew.
   */
  public void finished(long versionId, boolean passed, StatementOutcomes outcomes) {
    var slot = slot();
    // Native: counters, added to in SQL so that concurrent finishes add up.
    em.createNativeQuery(
            "UPDATE quiz_version_tally SET finished = finished + 1, passed = passed + ?"
                + " WHERE quiz_version_id = ? AND slot = ?")
        .setParameter(1, passed ? 1 : 0)
        .setParameter(2, versionId)
        .setParameter(3, slot)
        .executeUpdate();
    var increments = new ArrayList<String>();
    var parameters = new ArrayList<Object>();
    increment("answered", outcomes.keys(Outcome.RIGHT, Outcome.WRONG), increments, parameters);
    increment("wrong", outcomes.keys(Outcome.WRONG), increments, parameters);
    increment("unanswered", outcomes.keys(Outcome.UNANSWERED), increments, parameters);
    var drawn = outcomes.keys(Outcome.values());
    parameters.add(versionId);
    parameters.add(slot);
    parameters.addAll(drawn);
    // Native: one statement for all the rows, locked in the order of the primary key (ORDER BY).
    var query =
        em.createNativeQuery(
            "UPDATE quiz_statement_tally SET "
                + String.join(", ", increments)
                + " WHERE quiz_version_id = ? AND slot = ? AND statement_key IN "
                + placeholders(drawn.size())
                + " ORDER BY statement_key");
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    int updated = query.executeUpdate();
    if (updated != drawn.size()) {
      LOG.warning(
          () ->
              "Quiz version "
                  + versionId
                  + " lacks the statistics of "
                  + (drawn.size() - updated)
                  + " statements; its statistics count less than was answered");
    }
  }

  /** The totals of a version; a version stored without them has none. */
  public VersionTally of(long versionId) {
    var totals =
        rows(
            "SELECT SUM(started), SUM(finished), SUM(passed) FROM quiz_version_tally"
                + " WHERE quiz_version_id = ? HAVING COUNT(*) > 0",
            versionId);
    var version = totals.isEmpty() ? new Object[] {0, 0, 0} : totals.get(0);
    var statements =
        rows(
                "SELECT statement_key, SUM(answered), SUM(wrong), SUM(unanswered)"
                    + " FROM quiz_statement_tally WHERE quiz_version_id = ? GROUP BY statement_key",
                versionId)
            .stream()
            .collect(
                Collectors.toMap(
                    row -> (String) row[0],
                    row -> new StatementTally(number(row[1]), number(row[2]), number(row[3]))));
    return new VersionTally(number(version[0]), number(version[1]), number(version[2]), statements);
  }

  private static void increment(
      String column, List<String> keys, List<String> increments, List<Object> parameters) {
    if (!keys.isEmpty()) {
      increments.add(
          column
              + " = "
              + column
              + " + CASE WHEN statement_key IN "
              + placeholders(keys.size())
              + " THEN 1 ELSE 0 END");
      parameters.addAll(keys);
    }
  }

  private static int slot() {
    return ThreadLocalRandom.current().nextInt(SLOTS);
  }

  /** The slot numbers as a derived table with one column, slot. */
  private static String slotList() {
    return IntStream.range(0, SLOTS)
        .mapToObj(n -> "SELECT " + n + " AS slot")
        .collect(Collectors.joining(" UNION ALL ", "(", ") n"));
  }

  private static String placeholders(int count) {
    return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
  }

  // Native: tally_slot rows have no entity; the sums are all the statistics read.
  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long versionId) {
    return em.createNativeQuery(sql).setParameter(1, versionId).getResultList();
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
