package kr.cheongnabi.benchmark;

import static kr.cheongnabi.benchmark.BenchmarkDatabase.count;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.requireEmpty;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.seconds;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterConflict;
import kr.cheongnabi.people.control.RosterCounts;
import kr.cheongnabi.people.control.RosterCsvWriter;
import kr.cheongnabi.people.control.RosterFileReader;
import kr.cheongnabi.people.control.RosterRow;
import kr.cheongnabi.people.control.RosterWriter;
import kr.cheongnabi.people.control.UnitSeedWriter;
import kr.cheongnabi.people.entity.EmploymentStatus;

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
    BenchmarkDatabase.runAndExit("%,d employees".formatted(rows), db -> run(rows, units, db));
  }

  private static boolean run(int rows, int units, BenchmarkDatabase db) throws Exception {
    // RosterWriter relies on JDBC batches, which Connector/J sends as multi-row statements only
    // with rewriteBatchedStatements=true: the embedded URL has it, and production's DB_URL must
    // too.
    try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      requireEmpty(connection);
      String database = db.describe(connection);

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

      var expectations = new Expectations();
      expectations.expect("run 1 counts", new RosterCounts(rows, 0, 0), first.counts());
      expectations.expect(
          "run 2 counts", new RosterCounts(0, updates, rows - updates), second.counts());
      expectations.expect("employees", rows, count(connection, "SELECT COUNT(*) FROM employee"));
      expectations.expect(
          "employment periods",
          rows + statusChanges,
          count(connection, "SELECT COUNT(*) FROM employment_period"));
      expectations.expect(
          "open employment periods",
          rows,
          count(connection, "SELECT COUNT(*) FROM employment_period WHERE end_date IS NULL"));
      return printSummary(rows, org.units().size(), database, List.of(first, second), expectations);
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
      int rows, int units, String database, List<Run> runs, Expectations expectations) {
    var runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    boolean inTime = true;
    System.out.println();
    System.out.println("=".repeat(78));
    System.out.printf(" Roster import benchmark: %,d rows, %,d units%n", rows, units);
    System.out.println(" Database: " + database);
    System.out.println("-".repeat(78));
    System.out.printf(
        " %-30s %9s %9s %9s %9s  %s%n", "", "parse s", "write s", "total s", "rows/s", "<= 60 s");
    for (Run run : runs) {
      inTime &= run.inTime();
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
    return expectations.printResult(inTime, 78);
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
}
