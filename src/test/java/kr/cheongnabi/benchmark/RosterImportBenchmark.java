package kr.cheongnabi.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kr.cheongnabi.devserver.EmbeddedDatabase;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterConflict;
import kr.cheongnabi.people.control.RosterCounts;
import kr.cheongnabi.people.control.RosterCsvWriter;
import kr.cheongnabi.people.control.RosterFileReader;
import kr.cheongnabi.people.control.RosterRow;
import kr.cheongnabi.people.control.RosterWriter;
import kr.cheongnabi.people.control.UnitSeedWriter;
import kr.cheongnabi.people.entity.EmploymentStatus;
import org.flywaydb.core.Flyway;

/**
 * Times a roster import of a generated organisation ({@code ./mvnw -Pbenchmark}) through the code
 * the application's import runs: {@link RosterFileReader} on the uploaded bytes, then {@link
 * RosterWriter} in one transaction. Run 1 creates every employee; run 2 re-imports the file with
 * about 5% of the rows changed. Each run must finish within {@value #TARGET_SECONDS} s. The
 * database is an embedded MariaDB, or the server in {@code DB_URL} when that is set.
 */
public final class RosterImportBenchmark {

  static final int TARGET_SECONDS = 60;
  // One row in CHANGE_EVERY is changed for run 2; half of those change status.
  private static final int CHANGE_EVERY = 20;
  // After every generated hire and status date, so a changed row stays valid.
  private static final LocalDate LEAVE_FROM = LocalDate.of(2025, 6, 1);
  private static final String NEW_POSITION = "선임주무관";

  private record Run(String name, double parseSeconds, double writeSeconds, RosterCounts counts) {
    double totalSeconds() {
      return parseSeconds + writeSeconds;
    }

    boolean inTime() {
      return totalSeconds() <= TARGET_SECONDS;
    }
  }

  private RosterImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int units = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    boolean passed;
    String dbUrl = System.getenv("DB_URL");
    if (dbUrl != null && !dbUrl.isBlank()) {
      warnAboutServer(dbUrl, rows);
      passed =
          run(rows, units, dbUrl, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), false);
    } else {
      int port = freePort();
      System.out.println("Starting an embedded MariaDB on port " + port + "…");
      try (var db =
          EmbeddedDatabase.start(
              port, null, "cheongnabi_bench", "cheongnabi", "cheongnabi-bench")) {
        passed = run(rows, units, db.jdbcUrl(), db.user(), db.password(), true);
      }
    }
    System.exit(passed ? 0 : 1);
  }

  private static boolean run(
      int rows, int units, String url, String user, String password, boolean embedded)
      throws Exception {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    // RosterWriter relies on JDBC batches, which Connector/J sends as multi-row statements only
    // with rewriteBatchedStatements=true: the embedded URL has it, and production's DB_URL must
    // too.
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      requireEmpty(connection);
      String database = describe(connection, url, embedded);

      long start = System.nanoTime();
      var org = OrganisationGenerator.generate(2026, rows, units);
      connection.setAutoCommit(false);
      UnitSeedWriter.write(connection, org.units());
      connection.commit();
      byte[] upload = RosterCsvWriter.write(org.employees());
      System.out.printf(
          "Prepared %,d units and a roster of %,d rows (%,d bytes) in %.1f s%n",
          org.units().size(), org.employees().size(), upload.length, seconds(start));

      var first = importRoster(connection, upload, "Run 1: first import");
      List<RosterRow> changed = changed(org.employees());
      int updates = countChanges(org.employees(), changed, false);
      int statusChanges = countChanges(org.employees(), changed, true);
      var second =
          importRoster(connection, RosterCsvWriter.write(changed), "Run 2: re-import, 5% changed");

      List<String> wrong = new ArrayList<>();
      expect(wrong, "run 1 counts", new RosterCounts(rows, 0, 0), first.counts());
      expect(wrong, "run 2 counts", new RosterCounts(0, updates, rows - updates), second.counts());
      expect(wrong, "employees", rows, count(connection, "SELECT COUNT(*) FROM employee"));
      expect(
          wrong,
          "employment periods",
          rows + statusChanges,
          count(connection, "SELECT COUNT(*) FROM employment_period"));
      expect(
          wrong,
          "open employment periods",
          rows,
          count(connection, "SELECT COUNT(*) FROM employment_period WHERE end_date IS NULL"));
      return printSummary(rows, org.units().size(), database, List.of(first, second), wrong);
    }
  }

  private static Run importRoster(Connection connection, byte[] upload, String name)
      throws SQLException, RosterConflict {
    long start = System.nanoTime();
    var file = new RosterFileReader().read(upload, "roster.csv", unitCodes(connection)::contains);
    if (!file.isValid()) {
      throw new IllegalStateException(
          "The generated roster did not validate; first problems: "
              + file.problems().subList(0, Math.min(5, file.problems().size())));
    }
    double parse = seconds(start);
    long writing = System.nanoTime();
    connection.setAutoCommit(false);
    RosterCounts counts = new RosterWriter().write(connection, file.rows(), processed -> {});
    connection.commit();
    var run = new Run(name, parse, seconds(writing), counts);
    System.out.printf(
        "%s: parse+validate %.2f s, write+commit %.2f s, total %.2f s; created %,d, updated %,d,"
            + " unchanged %,d%n",
        name,
        run.parseSeconds(),
        run.writeSeconds(),
        run.totalSeconds(),
        counts.created(),
        counts.updated(),
        counts.unchanged());
    return run;
  }

  /**
   * Every {@value #CHANGE_EVERY}th row changed, alternately a new position and a status change
   * dated after any generated date: what a month of transfers and leaves does to a roster.
   */
  private static List<RosterRow> changed(List<RosterRow> rows) {
    List<RosterRow> result = new ArrayList<>(rows);
    for (int i = 0; i < rows.size(); i += CHANGE_EVERY) {
      RosterRow r = rows.get(i);
      boolean statusChange = (i / CHANGE_EVERY) % 2 == 0;
      EmploymentStatus status =
          !statusChange
              ? r.status()
              : r.status() == EmploymentStatus.ON_LEAVE
                  ? EmploymentStatus.ACTIVE
                  : EmploymentStatus.ON_LEAVE;
      result.set(
          i,
          new RosterRow(
              r.line(),
              r.employeeNumber(),
              r.name(),
              r.email(),
              r.orgUnitCode(),
              statusChange ? r.position() : NEW_POSITION,
              r.grade(),
              r.seniorOfficial(),
              r.hireDate(),
              r.employmentType(),
              status,
              statusChange ? LEAVE_FROM : r.statusSince()));
    }
    return result;
  }

  private static int countChanges(
      List<RosterRow> before, List<RosterRow> after, boolean statusOnly) {
    int changes = 0;
    for (int i = 0; i < before.size(); i++) {
      RosterRow b = before.get(i);
      RosterRow a = after.get(i);
      if (statusOnly ? b.status() != a.status() : !b.equals(a)) {
        changes++;
      }
    }
    return changes;
  }

  private static boolean printSummary(
      int rows, int units, String database, List<Run> runs, List<String> wrong) {
    var runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    boolean passed = wrong.isEmpty();
    System.out.println();
    System.out.println("=".repeat(78));
    System.out.printf(" Roster import benchmark: %,d rows, %,d units%n", rows, units);
    System.out.println(" Database: " + database);
    System.out.println("-".repeat(78));
    System.out.printf(
        " %-30s %9s %9s %9s %9s  %s%n", "", "parse s", "write s", "total s", "rows/s", "<= 60 s");
    for (Run run : runs) {
      passed &= run.inTime();
      System.out.printf(
          " %-30s %9.2f %9.2f %9.2f %,9.0f  %s%n",
          run.name(),
          run.parseSeconds(),
          run.writeSeconds(),
          run.totalSeconds(),
          rows / run.totalSeconds(),
          run.inTime() ? "PASS" : "FAIL");
    }
    System.out.println("-".repeat(78));
    for (Run run : runs) {
      var c = run.counts();
      System.out.printf(
          " %-30s created %,d, updated %,d, unchanged %,d%n",
          run.name(), c.created(), c.updated(), c.unchanged());
    }
    System.out.printf(
        " JVM heap: max %,d MB, used after the runs %,d MB%n", runtime.maxMemory() >> 20, usedMb);
    wrong.forEach(w -> System.out.println(" WRONG: " + w));
    System.out.println(" Result: " + (passed ? "PASS" : "FAIL"));
    System.out.println("=".repeat(78));
    return passed;
  }

  private static void expect(List<String> wrong, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      wrong.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  /** The benchmark counts what it writes, so it needs a schema with no organisation in it. */
  private static void requireEmpty(Connection connection) throws SQLException {
    int employees = count(connection, "SELECT COUNT(*) FROM employee");
    int units = count(connection, "SELECT COUNT(*) FROM org_unit");
    if (employees > 0 || units > 0) {
      throw new IllegalStateException(
          "The benchmark needs an empty schema, but this one has %,d employees and %,d org units.\n"
                  .formatted(employees, units)
              + "Point DB_URL at an empty database, or unset it to use an embedded MariaDB.");
    }
  }

  private static String describe(Connection connection, String url, boolean embedded)
      throws SQLException {
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

  private static Set<String> unitCodes(Connection connection) throws SQLException {
    Set<String> codes = new HashSet<>();
    try (var s = connection.createStatement();
        var r = s.executeQuery("SELECT code FROM org_unit")) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }

  private static int count(Connection connection, String sql) throws SQLException {
    try (var s = connection.createStatement();
        var r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void warnAboutServer(String url, int rows) throws InterruptedException {
    System.err.println("!".repeat(78));
    System.err.println(" DB_URL is set: " + url);
    System.err.printf(
        " The benchmark will run the migrations (create tables) and write %,d employees"
            + " into that database.%n Press Ctrl-C within 5 s to stop.%n",
        rows);
    // Without it Connector/J sends each batched statement on its own: many times slower.
    if (!url.contains("rewriteBatchedStatements=true")) {
      System.err.println(" DB_URL lacks rewriteBatchedStatements=true: expect a slow import.");
    }
    System.err.println("!".repeat(78));
    TimeUnit.SECONDS.sleep(5);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
