package kr.cheongnabi.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import kr.cheongnabi.testing.TestData;

/**
 * The people and quizzes of a load benchmark run, written straight into the database as the tests
 * write theirs: one unit, an employee with a sign-in for every person, and three quizzes open to
 * the unit only. Names carry the run's id, so a run on a real server (DB_URL) meets nothing of an
 * earlier one.
 *
 * <p>Sign-in stays as costly as in production: the first account's password is hashed as the
 * application hashes passwords (PBKDF2, 310,000 iterations), and the other accounts get a copy of
 * that hash, which saves hashing thousands of times and weakens nothing.
 */
record LoadData(
    String run, String password, List<Long> employees, Quiz taking, Quiz startBurst, Quiz raw) {

  /** A quiz of the run: its key, its id and the id of its only version. */
  record Quiz(String key, long id, long versionId) {

    /** As {@link TestData#quiz} names them: the quiz's key, a hyphen and 1 to 5. */
    List<String> statementKeys() {
      var keys = new ArrayList<String>();
      for (int i = 1; i <= STATEMENTS; i++) {
        keys.add(key + "-" + i);
      }
      return List.copyOf(keys);
    }
  }

  /** Minutes a passed attempt at the taking quiz credits, once per person and year. */
  static final int CREDIT_MINUTES = 10;

  private static final int STATEMENTS = 5;

  static LoadData create(DataSource dataSource, int people) throws SQLException {
    var run = "lb" + Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);
    var password = randomPassword();
    try (var data = new TestData(dataSource);
        var connection = dataSource.getConnection()) {
      long unit = data.unit(run.toUpperCase(), "부하 시험과 " + run, "Load test unit " + run);
      var employees = employees(connection, run, unit, people);
      data.account(username(run, 1), password, employees.get(0));
      var hash =
          data.text(
              "SELECT password_hash FROM account WHERE username = '" + username(run, 1) + "'");
      accounts(connection, run, hash, employees);
      var taking = quiz(data, run + "-take", "부하 시험 OX 퀴즈", unit, true);
      var startBurst = quiz(data, run + "-start", "동시 시작 OX 퀴즈", unit, true);
      var raw = quiz(data, run + "-raw", "직접 저장 비교용", unit, false);
      data.execute(
          "UPDATE quiz_version SET credit_minutes = %d, pass_mark_percent = 60 WHERE id = %d"
              .formatted(CREDIT_MINUTES, taking.versionId()));
      return new LoadData(run, password, employees, taking, startBurst, raw);
    }
  }

  /** Person 1 is {@code <run>-00001}. */
  String username(int person) {
    return username(run, person);
  }

  private static String username(String run, int person) {
    return "%s-%05d".formatted(run, person);
  }

  private static List<Long> employees(Connection connection, String run, long unit, int people)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO employee (employee_number, name, org_unit_id, senior_official, hire_date,"
                + " employment_type, status, status_since, version) VALUES (?, ?, ?, FALSE,"
                + " '2020-03-02', 'REGULAR', 'ACTIVE', '2020-03-02', 0)")) {
      for (int person = 1; person <= people; person++) {
        insert.setString(1, username(run, person).toUpperCase());
        insert.setString(2, "수험자 " + person);
        insert.setLong(3, unit);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    var ids = new ArrayList<Long>();
    try (var select =
        connection.prepareStatement(
            "SELECT id FROM employee WHERE org_unit_id = ? ORDER BY employee_number")) {
      select.setLong(1, unit);
      try (var rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return List.copyOf(ids);
  }

  /** Accounts 2 to N, with the first one's hash and the EMPLOYEE role. */
  private static void accounts(Connection connection, String run, String hash, List<Long> employees)
      throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO account (username, password_hash, employee_id, version)"
                + " VALUES (?, ?, ?, 0)")) {
      for (int person = 2; person <= employees.size(); person++) {
        insert.setString(1, username(run, person));
        insert.setString(2, hash);
        insert.setLong(3, employees.get(person - 1));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (var roles = connection.createStatement()) {
      roles.executeUpdate(
          "INSERT INTO account_role (account_id, role) SELECT a.id, 'EMPLOYEE' FROM account a"
              + " WHERE a.username LIKE '"
              + run
              + "-%' AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id)");
    }
  }

  /**
   * A five-statement OX quiz with unlimited attempts and no time limit, open to the unit only;
   * written by {@link TestData#quiz} as a trainer's upload leaves it, statistics rows included.
   */
  private static Quiz quiz(TestData data, String key, String title, long unit, boolean published) {
    long id =
        data.quiz(
            key,
            title,
            new String[] {"PLAIN", "공직자는 직무 관련자에게서 선물을 받을 수 없다.", "Officials take no gifts.", "T"},
            new String[] {"PLAIN", "이해충돌은 신고하지 않아도 된다.", "Conflicts need not be declared.", "F"},
            new String[] {"PLAIN", "부정청탁은 거절해야 한다.", "Improper requests must be refused.", "T"},
            new String[] {"PLAIN", "공익신고자는 보호받지 못한다.", "Whistleblowers are not protected.", "F"},
            new String[] {"PLAIN", "청렴 교육은 매년 받는다.", "Integrity training is yearly.", "T"});
    data.execute(
        "UPDATE quiz SET audience_all = FALSE, published = %s WHERE id = %d"
            .formatted(published, id));
    data.execute(
        "INSERT INTO quiz_audience_unit (quiz_id, org_unit_id) VALUES (%d, %d)"
            .formatted(id, unit));
    long version = data.count("SELECT current_version_id FROM quiz WHERE id = " + id);
    return new Quiz(key, id, version);
  }

  private static String randomPassword() {
    var bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
