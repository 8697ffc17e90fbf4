package kr.cheongnabi.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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

  private long insert(String sql) {
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

  private void execute(String sql) {
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
