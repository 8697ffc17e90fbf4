package kr.cheongnabi.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/**
 * Each test makes its own data, straight in the test database, with names no other test uses, so
 * tests are independent of each other and of their order.
 */
public final class TestData implements AutoCloseable {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private final Connection connection;

  public TestData() {
    try {
      connection =
          DriverManager.getConnection(
              System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    } catch (SQLException e) {
      throw new IllegalStateException("The test database does not answer", e);
    }
  }

  /**
   * Test data through the application's own datasource, for tests that run inside the application:
   * there the driver belongs to the application and the driver manager does not see it.
   */
  public TestData(DataSource dataSource) {
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new IllegalStateException("The test database does not answer", e);
    }
  }

  /** A name no other test of this run or an earlier one uses, e.g. {@code T3k9f-7}. */
  public static String unique(String prefix) {
    return prefix + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  public long unit(String code, String nameKo, String nameEn) {
    return insert(
        "INSERT INTO org_unit (code, name_ko, name_en, version) VALUES ('%s', '%s', '%s', 0)"
            .formatted(code, nameKo, nameEn));
  }

  /** A unit under another one. */
  public long unit(String code, String nameKo, String nameEn, long parentId) {
    return insert(
        ("INSERT INTO org_unit (code, name_ko, name_en, parent_id, version)"
                + " VALUES ('%s', '%s', '%s', %d, 0)")
            .formatted(code, nameKo, nameEn, parentId));
  }

  public long employee(String number, String name, long unitId) {
    return insert(
        ("INSERT INTO employee (employee_number, name, org_unit_id, senior_official, hire_date,"
                + " employment_type, status, status_since, version) VALUES ('%s', '%s', %d, FALSE,"
                + " '2020-03-02', 'REGULAR', 'ACTIVE', '2020-03-02', 0)")
            .formatted(number, name, unitId));
  }

  /** An account with the given roles (EMPLOYEE always), its password hashed as the app does. */
  public void account(String username, String password, Long employeeId, String... roles) {
    var id =
        insert(
            "INSERT INTO account (username, password_hash, employee_id, version) VALUES ('%s', '%s', %s, 0)"
                .formatted(username, hash(password), employeeId == null ? "NULL" : employeeId));
    execute("INSERT INTO account_role (account_id, role) VALUES (%d, 'EMPLOYEE')".formatted(id));
    for (var role : roles) {
      execute("INSERT INTO account_role (account_id, role) VALUES (%d, '%s')".formatted(id, role));
    }
  }

  /**
   * A published quiz written straight into the tables, as a trainer's upload would leave it (with
   * its statistics at zero); each statement is {format, Korean text, English text, "T" or "F"}.
   */
  public long quiz(String key, String title, String[]... statements) {
    try {
      var quizId = insert("INSERT INTO quiz (quiz_key, version) VALUES ('" + key + "', 0)");
      long versionId;
      try (var v =
          connection.prepareStatement(
              "INSERT INTO quiz_version (quiz_id, version_no, content_sha256, source, origin,"
                  + " title_ko, title_en, pass_mark_percent, credit_minutes, attempts_allowed,"
                  + " draw_count, shuffle, time_limit_minutes, created_at)"
                  + " VALUES (?, 1, ?, 'written by a test', 'UPLOAD', ?, ?, 50, 0, 0, 0, FALSE, 0,"
                  + " NOW(3))",
              Statement.RETURN_GENERATED_KEYS)) {
        v.setLong(1, quizId);
        v.setString(2, "%064d".formatted(quizId));
        v.setString(3, title);
        v.setString(4, title);
        v.executeUpdate();
        try (var keys = v.getGeneratedKeys()) {
          keys.next();
          versionId = keys.getLong(1);
        }
      }
      try (var st =
          connection.prepareStatement(
              "INSERT INTO quiz_statement (quiz_version_id, statement_key, position, correct,"
                  + " text_format, text_ko, text_en) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < statements.length; i++) {
          st.setLong(1, versionId);
          st.setString(2, key + "-" + (i + 1));
          st.setInt(3, i);
          st.setBoolean(4, "T".equals(statements[i][3]));
          st.setString(5, statements[i][0]);
          st.setString(6, statements[i][1]);
          st.setString(7, statements[i][2]);
          st.executeUpdate();
        }
      }
      // Every slot of the totals, as QuizTallies.open writes them.
      var slots =
          java.util.stream.IntStream.range(0, 16)
              .mapToObj(n -> "SELECT " + n + " AS slot")
              .collect(java.util.stream.Collectors.joining(" UNION ALL ", "(", ") n"));
      execute(
          "INSERT INTO quiz_version_tally (quiz_version_id, slot) SELECT "
              + versionId
              + ", slot FROM "
              + slots);
      execute(
          "INSERT INTO quiz_statement_tally (quiz_version_id, statement_key, slot) SELECT"
              + " s.quiz_version_id, s.statement_key, n.slot FROM quiz_statement s, "
              + slots
              + " WHERE s.quiz_version_id = "
              + versionId);
      execute("UPDATE quiz SET current_version_id = " + versionId + " WHERE id = " + quizId);
      return quizId;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the quiz " + key, e);
    }
  }

  /**
   * A passed attempt at the quiz and the minutes it credited, written as Attempts writes them: a
   * quiz credit as an older version of the application, without the hours ledger, left it.
   */
  public long quizCredit(long quizId, long employeeId, int year, int minutes) {
    var attempt =
        insert(
            ("INSERT INTO quiz_attempt (quiz_id, quiz_version_id, employee_id, attempt_no, seed,"
                    + " statement_order, started_at, finished_at, right_count, total, passed)"
                    + " SELECT id, current_version_id, %d, 1, 0, '', NOW(3), NOW(3), 0, 0, TRUE"
                    + " FROM quiz WHERE id = %d")
                .formatted(employeeId, quizId));
    return insert(
        ("INSERT INTO quiz_credit (quiz_id, employee_id, attempt_id, training_year, minutes,"
                + " credited_at) VALUES (%d, %d, %d, %d, %d, NOW(3))")
            .formatted(quizId, employeeId, attempt, year, minutes));
  }

  /**
   * A published module open to everyone, written straight into the tables as the editor would leave
   * it, with text lessons of the given titles; {@code quizId} may be null.
   */
  public long module(String key, int minutes, Long quizId, String... lessonTitles) {
    var moduleId =
        insert(
            ("INSERT INTO training_module (module_key, title_ko, title_en, description_format,"
                    + " description_ko, description_en, credit_minutes, quiz_id, published,"
                    + " audience_all, version) VALUES ('%s', '시험 과정', 'A test module', 'MARKDOWN',"
                    + " '소개', 'About it', %d, %s, TRUE, TRUE, 0)")
                .formatted(key, minutes, quizId == null ? "NULL" : quizId));
    for (int i = 0; i < lessonTitles.length; i++) {
      insert(
          ("INSERT INTO module_lesson (module_id, position, kind, title_ko, title_en, body_format,"
                  + " body_ko, body_en) VALUES (%d, %d, 'TEXT', '%s', '%s', 'MARKDOWN', '본문',"
                  + " 'Body')")
              .formatted(moduleId, i, lessonTitles[i], lessonTitles[i]));
    }
    return moduleId;
  }

  /**
   * A published in-person session for the given days from now, of two hours with 30 seats, written
   * straight into the table as a trainer's save leaves it; the same title in both languages.
   */
  public long session(String title, String place, int daysAhead) {
    return insert(
        ("INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, face_to_face, published, check_in_secret) VALUES ('%s', '%s',"
                + " NOW() + INTERVAL %d DAY, 120, '%s', 30, TRUE, TRUE, UNHEX(SHA2(UUID(), 256)))")
            .formatted(title, title, daysAhead, place));
  }

  /** Makes the module's audience the given units (and their sub-units) instead of everyone. */
  public void audience(long moduleId, long... unitIds) {
    execute("UPDATE training_module SET audience_all = FALSE WHERE id = " + moduleId);
    for (var unitId : unitIds) {
      execute(
          "INSERT INTO module_audience_unit (module_id, org_unit_id) VALUES (%d, %d)"
              .formatted(moduleId, unitId));
    }
  }

  /**
   * What the employee owes in the year, written as the application writes it: with the employee's
   * unit and the minutes the ledger has credited so far (later credits add to it).
   */
  public void obligation(int year, long employeeId, int owed, int floor, boolean faceToFace) {
    execute(
        ("INSERT INTO obligation (training_year, employee_id, org_unit_id, owed_minutes,"
                + " floor_minutes, credited_minutes, counted_days, face_to_face_required,"
                + " computed_at) SELECT %d, e.id, e.org_unit_id, %d, %d,"
                + " COALESCE(t.total_minutes, 0), 365, %s, UTC_TIMESTAMP(3) FROM employee e"
                + " LEFT JOIN ledger_total t ON t.employee_id = e.id AND t.training_year = %d"
                + " WHERE e.id = %d")
            .formatted(year, owed, floor, faceToFace, year, employeeId));
  }

  /**
   * Who an internal integrity survey starting on this day asks, by its rule written again in SQL
   * over the employment history, apart from the application's code.
   */
  public long askedByTheInternalSurvey(LocalDate start) {
    String d = "'" + start + "'";
    return count(
        "SELECT COUNT(*) FROM employee e WHERE e.hire_date < DATE_SUB("
            + d
            + ", INTERVAL 6 MONTH) AND COALESCE((SELECT p.status FROM employment_period p"
            + " WHERE p.employee_id = e.id AND p.start_date <= "
            + d
            + " AND (p.end_date IS NULL OR p.end_date >= "
            + d
            + ") ORDER BY p.start_date DESC LIMIT 1), CASE WHEN e.status_since <= "
            + d
            + " THEN e.status END) = 'ACTIVE'");
  }

  public long count(String sql) {
    try (var s = connection.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The one value the query finds, as text. */
  public String text(String sql) {
    try (var s = connection.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs an INSERT as the test database's user; the key it generated. */
  public long insert(String sql) {
    try (var s = connection.createStatement()) {
      s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Runs a statement as the test database's user, e.g. to give an employee an email. */
  public void execute(String sql) {
    try (var s = connection.createStatement()) {
      s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The stored form of Jakarta Security's Pbkdf2PasswordHash: algorithm:iterations:salt:key. */
  static String hash(String password) {
    try {
      var salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      var spec = new PBEKeySpec(password.toCharArray(), salt, 310_000, 256);
      var key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec);
      var b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:310000:"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
