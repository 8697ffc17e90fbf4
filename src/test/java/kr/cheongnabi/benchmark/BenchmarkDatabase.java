package kr.cheongnabi.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import kr.cheongnabi.devserver.EmbeddedDatabase;
import org.flywaydb.core.Flyway;

/**
 * The database a benchmark runs on: an embedded MariaDB started for the run and removed after it,
 * or the server in {@code DB_URL} (with {@code DB_USER}, {@code DB_PASSWORD}) when that is set. The
 * schema is migrated first, and it must hold no organisation: benchmarks count what they write.
 */
record BenchmarkDatabase(String url, String user, String password, boolean embedded) {

  /** What a benchmark does on the database; true when it passed. */
  interface Run {
    boolean on(BenchmarkDatabase database) throws Exception;
  }

  /**
   * Runs the benchmark on its database and exits with 0 when it passed, 1 otherwise.
   *
   * @param writes what the benchmark writes, for the warning before it writes into a real server
   */
  static void runAndExit(String writes, Run run) throws Exception {
    runAndExit(writes, false, run);
  }

  /**
   * The same; with {@code reuse}, a server's schema history is first aligned to this build's
   * migrations (Flyway repair), so a dataset loaded by an earlier build can be timed again.
   */
  static void runAndExit(String writes, boolean reuse, Run run) throws Exception {
    runAndExit(writes, reuse, 0, run);
  }

  /** The same, with the embedded MariaDB on the given port (0: any free one). */
  static void runAndExit(String writes, boolean reuse, int embeddedPort, Run run) throws Exception {
    boolean passed;
    String dbUrl = System.getenv("DB_URL");
    if (dbUrl != null && !dbUrl.isBlank()) {
      warnAboutServer(dbUrl, writes);
      var server =
          new BenchmarkDatabase(
              dbUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), false);
      if (reuse) {
        server.flyway().repair();
      }
      passed = run.on(migrated(server));
    } else {
      int port = embeddedPort == 0 ? freePort() : embeddedPort;
      System.out.println("Starting an embedded MariaDB on port " + port + "…");
      try (var db =
          EmbeddedDatabase.start(
              port, null, "cheongnabi_bench", "cheongnabi", "cheongnabi-bench")) {
        passed =
            run.on(migrated(new BenchmarkDatabase(db.jdbcUrl(), db.user(), db.password(), true)));
      }
    }
    System.exit(passed ? 0 : 1);
  }

  private static BenchmarkDatabase migrated(BenchmarkDatabase database) {
    database.flyway().migrate();
    return database;
  }

  private Flyway flyway() {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load();
  }

  /**
   * A pool of 4 connections, as the application has a pool (Payara's, up to 30): a new connection
   * per call would time the connection set-up (TLS included) rather than the work.
   */
  HikariDataSource pool() {
    var pool = new HikariConfig();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(4);
    return new HikariDataSource(pool);
  }

  /** The server's kind and version, and the URL without its options when it is not embedded. */
  String describe(Connection connection) throws SQLException {
    String version;
    try (var s = connection.createStatement();
        var r = s.executeQuery("SELECT VERSION()")) {
      r.next();
      version = r.getString(1);
    }
    if (embedded) {
      return "embedded MariaDB " + version;
    }
    int query = url.indexOf('?');
    return (query < 0 ? url : url.substring(0, query)) + " (server " + version + ")";
  }

  /** The benchmark counts what it writes, so it needs a schema with no organisation in it. */
  static void requireEmpty(Connection connection) throws SQLException {
    int employees = count(connection, "SELECT COUNT(*) FROM employee");
    int units = count(connection, "SELECT COUNT(*) FROM org_unit");
    if (employees > 0 || units > 0) {
      throw new IllegalStateException(
          "The benchmark needs an empty schema, but this one has %,d employees and %,d org units.\n"
                  .formatted(employees, units)
              + "Point DB_URL at an empty database, or unset it to use an embedded MariaDB.");
    }
  }

  static int count(Connection connection, String sql) throws SQLException {
    try (var s = connection.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void warnAboutServer(String url, String writes) throws InterruptedException {
    System.err.println("!".repeat(78));
    System.err.println(" DB_URL is set: " + url);
    System.err.printf(
        " The benchmark will run the migrations (create tables) and write %s into that"
            + " database.%n Press Ctrl-C within 5 s to stop.%n",
        writes);
    // Without it Connector/J sends each batched statement on its own: many times slower.
    if (!url.contains("rewriteBatchedStatements=true")) {
      System.err.println(" DB_URL lacks rewriteBatchedStatements=true: expect a slow load.");
    }
    System.err.println("!".repeat(78));
    TimeUnit.SECONDS.sleep(5);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
