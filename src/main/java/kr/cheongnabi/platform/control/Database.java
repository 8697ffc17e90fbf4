package kr.cheongnabi.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The one datasource of the application. Its settings come from MicroProfile Config, so the
 * environment variables DB_URL, DB_USER and DB_PASSWORD choose the server (MySQL 8.0+ or MariaDB
 * 10.11+, always through MySQL Connector/J). The developer run, the tests and production all use
 * this definition.
 *
 * <p>When the database is down a page must fail within seconds, not keep people waiting: a request
 * waits at most {@value #MAX_WAIT_MILLIS} ms for a connection from the pool (Payara's default is a
 * minute), and opening a new connection gives up after {@value #CONNECT_TIMEOUT_MILLIS} ms (the
 * driver's default is to wait as long as the network does). A connection not used in the last
 * second is validated as it leaves the pool (a ping: {@code Connection.isValid}), and one failed
 * validation closes them all, so a restarted database is used again at once. Validating by
 * switching auto-commit off and on, as before, cost two statements on every use: an answer took ten
 * round trips to the database, four of them validations.
 *
 * <p>Connector/J keeps the session's state (auto-commit, isolation) itself instead of asking the
 * server, and caches the parsing of the prepared statements it has seen.
 *
 * <p>Connector/J opens an OpenTelemetry span around every statement when it finds OpenTelemetry on
 * the class path, as it does in Payara Micro; nothing collects them, so the driver's tracing is
 * off.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "com.mysql.cj.jdbc.MysqlDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds="
          + Database.VALIDATE_AT_MOST_EVERY_SECONDS,
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=" + Database.MAX_WAIT_MILLIS,
      "connectTimeout=" + Database.CONNECT_TIMEOUT_MILLIS,
      "openTelemetry=DISABLED",
      "useLocalSessionState=true",
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "prepStmtCacheSqlLimit=2048"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/cheongnabi";

  /** How long a request waits for a pooled connection before it fails. */
  static final int MAX_WAIT_MILLIS = 3000;

  /**
   * A connection used within this many seconds is handed out again without asking the database
   * whether it is still there: under load each connection is used many times a second.
   */
  static final int VALIDATE_AT_MOST_EVERY_SECONDS = 1;

  /** How long opening a connection to the database may take. */
  static final int CONNECT_TIMEOUT_MILLIS = 3000;

  /** How long a client is asked to wait before trying again while the database is unreachable. */
  public static final String RETRY_AFTER_SECONDS = "30";

  /** How deep a chain of causes is searched; a chain that loops ends there. */
  private static final int MAX_CAUSES = 32;

  /**
   * Whether a failure comes from not reaching the database, rather than from what was asked of it:
   * a connection that could not be made or was lost (SQLSTATE class 08, "connection exception", as
   * Connector/J reports a refused, timed-out or broken connection), or one the pool could not hand
   * out within its wait (Payara's SQLException around a {@code jakarta.resource} exception, a class
   * outside the Web Profile, hence known by its package).
   */
  public static boolean isUnreachable(Throwable failure) {
    var cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException
          || cause instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")
          || cause.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }
}
