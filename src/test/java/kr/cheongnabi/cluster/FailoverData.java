package kr.cheongnabi.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.cluster.Taker.Person;
import kr.cheongnabi.testing.TestData;

/**
 * The people and the quiz of a fail-over run, written straight into the database as the other tests
 * write theirs, and afterwards what the database holds of their answers, attempts, credits and
 * hours-ledger entries.
 */
final class FailoverData implements AutoCloseable {

  static final int CREDIT_MINUTES = 30;
  private static final String PASSWORD = "failover-taker-42";

  /** An answer as stored: the attempt and the statement. */
  record AnswerKey(long attempt, String statement) {}

  /** What the database holds of the quiz's credits, and everything in it that is wrong. */
  record Credits(
      int peopleWhoPassed,
      int credits,
      int ledgerEntries,
      Set<Long> creditedAttempts,
      List<String> problems) {}

  private final Connection connection;
  private final long unitId;
  private final long quizId;
  private final String quizKey;
  private final List<Person> people;

  private FailoverData(
      Connection connection, long unitId, long quizId, String quizKey, List<Person> people) {
    this.connection = connection;
    this.unitId = unitId;
    this.quizId = quizId;
    this.quizKey = quizKey;
    this.people = people;
  }

  /**
   * A unit with the given number of employees, each with an account, and a quiz of five statements
   * only they see, which credits {@value #CREDIT_MINUTES} minutes at a pass mark of 50 %, with no
   * limit on attempts.
   */
  static FailoverData create(int takers) throws SQLException {
    var people = new ArrayList<Person>();
    long unitId;
    long quizId;
    var quizKey = TestData.unique("failover-").toLowerCase();
    try (var data = new TestData()) {
      unitId = data.unit(TestData.unique("FO"), "장애조치시험과", "Fail-over Test Division");
      quizId =
          data.quiz(
              quizKey,
              "장애 조치 시험",
              new String[] {"PLAIN", "청렴은 공직자의 기본 덕목이다.", "Integrity is basic.", "T"},
              new String[] {"PLAIN", "직무 관련자의 선물은 받아도 된다.", "Gifts are fine.", "F"},
              new String[] {"PLAIN", "이해충돌은 신고해야 한다.", "Report conflicts.", "T"},
              new String[] {"PLAIN", "부정청탁은 들어줘도 된다.", "Grant improper requests.", "F"},
              new String[] {"PLAIN", "공익신고자는 보호받는다.", "Whistle-blowers are protected.", "T"});
      data.execute(
          "UPDATE quiz_version SET credit_minutes = "
              + CREDIT_MINUTES
              + " WHERE quiz_id = "
              + quizId);
      data.execute("UPDATE quiz SET audience_all = FALSE WHERE id = " + quizId);
      data.execute(
          "INSERT INTO quiz_audience_unit (quiz_id, org_unit_id) VALUES (%d, %d)"
              .formatted(quizId, unitId));
      for (int i = 0; i < takers; i++) {
        var username = TestData.unique("taker").toLowerCase();
        var employeeId = data.employee(TestData.unique("F"), "응시자" + (i + 1), unitId);
        data.account(username, PASSWORD, employeeId);
        people.add(new Person(username, PASSWORD, employeeId));
      }
    }
    return new FailoverData(connect(), unitId, quizId, quizKey, people);
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
  }

  String quizKey() {
    return quizKey;
  }

  List<Person> people() {
    return people;
  }

  /** The correct answer of each statement of the quiz's current version, read as stored. */
  Map<String, Boolean> correctAnswers() throws SQLException {
    var correct = new LinkedHashMap<String, Boolean>();
    try (var query =
        connection.prepareStatement(
            "SELECT s.statement_key, s.correct FROM quiz_statement s"
                + " JOIN quiz q ON q.current_version_id = s.quiz_version_id WHERE q.id = ?")) {
      query.setLong(1, quizId);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          correct.put(rows.getString(1), rows.getBoolean(2));
        }
      }
    }
    return correct;
  }

  /** Every stored answer to the quiz, with the answer given. */
  Map<AnswerKey, Boolean> storedAnswers() throws SQLException {
    var answers = new HashMap<AnswerKey, Boolean>();
    try (var query =
        connection.prepareStatement(
            "SELECT a.attempt_id, a.statement_key, a.answer FROM quiz_answer a"
                + " JOIN quiz_attempt t ON t.id = a.attempt_id WHERE t.quiz_id = ?")) {
      query.setLong(1, quizId);
      try (var rows = query.executeQuery()) {
        while (rows.next()) {
          answers.put(new AnswerKey(rows.getLong(1), rows.getString(2)), rows.getBoolean(3));
        }
      }
    }
    return answers;
  }

  /** The attempts at the quiz that are finished. */
  Set<Long> finishedAttempts() throws SQLException {
    return ids("SELECT id FROM quiz_attempt WHERE finished_at IS NOT NULL AND quiz_id = " + quizId);
  }

  /**
   * Checks the credits: whoever passed has exactly one credit per training year, from a passed
   * attempt of their own; nobody else has one; each credit is exactly one entry of the hours
   * ledger, and the ledger holds nothing else for these people.
   */
  Credits credits() throws SQLException {
    var problems = new ArrayList<String>();
    var passed =
        ids(
            "SELECT DISTINCT employee_id FROM quiz_attempt WHERE finished_at IS NOT NULL AND passed"
                + " AND quiz_id = "
                + quizId);
    var creditsPerPerson = new HashMap<Long, Integer>();
    var creditedAttempts = new HashSet<Long>();
    var sources = new HashMap<String, Long>();
    try (var query = connection.createStatement();
        var rows =
            query.executeQuery(
                "SELECT c.id, c.employee_id, c.training_year, c.attempt_id, t.employee_id,"
                    + " t.passed, t.finished_at IS NOT NULL FROM quiz_credit c"
                    + " LEFT JOIN quiz_attempt t ON t.id = c.attempt_id WHERE c.quiz_id = "
                    + quizId)) {
      while (rows.next()) {
        var employee = rows.getLong(2);
        creditsPerPerson.merge(employee, 1, Integer::sum);
        creditedAttempts.add(rows.getLong(4));
        sources.put("quiz-credit:" + rows.getLong(1), employee);
        if (rows.getLong(5) != employee || !rows.getBoolean(6) || !rows.getBoolean(7)) {
          problems.add(
              "credit " + rows.getLong(1) + " is not from a passed, finished attempt of its own");
        }
      }
    }
    for (var person : people) {
      var credits = creditsPerPerson.getOrDefault(person.employeeId(), 0);
      var expected = passed.contains(person.employeeId()) ? 1 : 0;
      if (credits != expected) {
        problems.add(
            person.username()
                + " passed "
                + (expected == 1 ? "" : "never ")
                + "and has "
                + credits
                + " credits");
      }
    }
    var ledgerEntries = 0;
    var entriesPerSource = new HashMap<String, Integer>();
    try (var query = connection.createStatement();
        var rows =
            query.executeQuery(
                "SELECT e.source_key, e.employee_id FROM ledger_entry e JOIN employee p"
                    + " ON p.id = e.employee_id WHERE p.org_unit_id = "
                    + unitId)) {
      while (rows.next()) {
        ledgerEntries++;
        var source = rows.getString(1);
        entriesPerSource.merge(source, 1, Integer::sum);
        if (!Long.valueOf(rows.getLong(2)).equals(sources.get(source))) {
          problems.add(
              "ledger entry "
                  + source
                  + " of employee "
                  + rows.getLong(2)
                  + " has no quiz credit of that employee");
        }
      }
    }
    for (var source : sources.keySet()) {
      var entries = entriesPerSource.getOrDefault(source, 0);
      if (entries != 1) {
        problems.add(source + " is in the hours ledger " + entries + " times");
      }
    }
    return new Credits(passed.size(), sources.size(), ledgerEntries, creditedAttempts, problems);
  }

  private Set<Long> ids(String sql) throws SQLException {
    var ids = new HashSet<Long>();
    try (var query = connection.createStatement();
        var rows = query.executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
