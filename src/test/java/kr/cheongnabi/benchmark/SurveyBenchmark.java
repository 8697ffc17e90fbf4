package kr.cheongnabi.benchmark;

import static kr.cheongnabi.benchmark.BenchmarkDatabase.count;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.requireEmpty;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.seconds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterWriter;
import kr.cheongnabi.people.control.ServiceHistory;
import kr.cheongnabi.people.control.UnitSeedWriter;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.survey.control.SurveyEligibility;
import kr.cheongnabi.survey.control.SurveyResults;
import kr.cheongnabi.survey.control.SurveyResults.Earlier;
import kr.cheongnabi.survey.control.SurveyTotals;
import kr.cheongnabi.survey.control.SurveysByHand;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;
import kr.cheongnabi.survey.entity.SurveyRound;
import kr.cheongnabi.survey.entity.SurveyVersion;

/**
 * Times a round's results of the bundled internal integrity survey ({@code ./mvnw
 * -Psurvey-benchmark}): a city of 100,000 eligible employees in 3,000 units ({@link
 * OrganisationGenerator}), this year's round with 40,000 responses and last year's with 38,000,
 * each stored through the application's own code ({@link SurveysByHand}: the participation marked,
 * the response and its answers written, the totals raised). Then, through the code the pages run:
 * the whole results page ({@link SurveyResults#of(SurveyTotals, SurveyRound, long,
 * SurveyDefinition, Optional)}: responses, answers, points, last year's points, the units) and the
 * response rate by unit alone ({@link SurveyTotals#units}). Both must take under 1 s (median).
 * Before the timings, the totals are checked against a recount of every row.
 */
public final class SurveyBenchmark {

  private static final long SEED = 2026;
  private static final int RUNS = 9;
  private static final double TARGET_MS = 1000;
  private static final int COMMIT_EVERY = 500;
  private static final String FILE = "internal-integrity.json";
  private static final double LAST_YEAR_SHARE = 0.95;

  private record Round(long id, SurveyRound round, int asked) {}

  private SurveyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int employees = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int units = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int responses = args.length > 2 ? Integer.parseInt(args[2]) : 40_000;
    BenchmarkDatabase.runAndExit(
        "%,d employees and %,d survey responses".formatted(employees, responses),
        db -> run(employees, units, responses, db));
  }

  private static boolean run(int employees, int units, int responses, BenchmarkDatabase db)
      throws Exception {
    String text;
    try (var in = SurveyBenchmark.class.getResourceAsStream("/surveys/" + FILE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SurveyDefinition survey = SurveysByHand.read(FILE, text);
    int year = LocalDate.now().getYear();
    LocalDate startsOn = LocalDate.of(year, 9, 1);
    var expectations = new Expectations();
    String database;
    String loadBefore = loadAverage();
    double loadSeconds;
    Round now;
    Round before;
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      database = db.describe(c);
      requireEmpty(c);
      c.setAutoCommit(false);
      long start = System.nanoTime();
      loadCity(c, employees, units);
      System.out.printf("%,d employees in %,d units: %.1f s%n", employees, units, seconds(start));
      var history = histories(c);
      var version = version(c, survey, text);
      var random = new Random(SEED);
      before =
          round(
              c,
              version,
              survey,
              startsOn.minusYears(1),
              history,
              random,
              (int) Math.round(responses * LAST_YEAR_SHARE));
      now = round(c, version, survey, startsOn, history, random, responses);
      loadSeconds = seconds(start);
      System.out.printf("Loaded in %.1f s%n", loadSeconds);
      expectations.expect("employees asked this year", employees, now.asked());
      expectations.expect(
          "responses this year",
          responses,
          count(c, "SELECT COUNT(*) FROM survey_response WHERE round_id = " + now.id()));
      for (var r : List.of(before, now)) {
        expectations.expect(
            "answer totals of round " + r.id() + " off a recount",
            0L,
            SurveysByHand.answerTotalsOffTheRecount(c, r.id()));
        expectations.expect(
            "unit totals of round " + r.id() + " off a recount",
            0L,
            SurveysByHand.unitTotalsOffTheRecount(c, r.id()));
        expectations.expect(
            "unit sums of round " + r.id() + " off a recount",
            0L,
            SurveysByHand.unitSumsOffTheRecount(c, r.id()));
      }
    }

    try (var dataSource = db.pool()) {
      var totals = SurveysByHand.totals(dataSource);
      var lastYear = Optional.of(new Earlier(before.id(), survey));
      var results = SurveyResults.of(totals, now.round(), now.id(), survey, lastYear);
      expectations.expect("responses on the page", (long) responses, results.responses());
      expectations.expect("asked on the page", (long) employees, results.asked());
      String loadAtTimings = loadAverage();
      var timings = new ArrayList<Timing>();
      timings.add(
          Timing.time(
              "Results page: SurveyResults.of",
              TARGET_MS,
              RUNS,
              () -> SurveyResults.of(totals, now.round(), now.id(), survey, lastYear)));
      timings.add(
          Timing.time(
              "Response rate by unit: SurveyTotals.units",
              TARGET_MS,
              RUNS,
              () -> totals.units(now.id())));
      // For comparison, no target: what the results page did before the totals, a grouped
      // recount over every answer of the round and its participants.
      timings.add(
          Timing.time(
              "Before the totals: recount of every answer",
              Double.POSITIVE_INFINITY,
              RUNS,
              () -> recount(dataSource, now.id())));
      var rates = totals.units(now.id());
      System.out.println();
      System.out.println("=".repeat(92));
      System.out.printf(
          " Survey benchmark: %,d employees asked in %,d units, %,d responses (%,d last year),"
              + " %d items%n",
          employees,
          units,
          responses,
          (int) Math.round(responses * LAST_YEAR_SHARE),
          survey.items().size());
      System.out.printf(
          " Database: %s; %d processors, Java %s; load %.1f s%n",
          database,
          Runtime.getRuntime().availableProcessors(),
          Runtime.version().feature(),
          loadSeconds);
      System.out.printf(
          " Load average (1, 5, 15 min): %s before loading, %s before timing%n",
          loadBefore, loadAtTimings);
      System.out.printf(
          " Overall points %.1f (last year %.1f); response rate %.1f%%; %,d units shown (5 or"
              + " more answers, smaller ones rolled up)%n",
          results.points().overall(),
          results.lastYear().orElseThrow().overall(),
          results.answered() * 100.0 / results.asked(),
          rates.stream().filter(u -> u.answered() >= 5).count());
      boolean inTime = Timing.printTable(timings, 92);
      return expectations.printResult(inTime, 92);
    }
  }

  /** The generated city, everyone active since hired (so all are asked). */
  private static void loadCity(Connection c, int employees, int units) throws Exception {
    var org = OrganisationGenerator.generate(SEED, employees, units);
    UnitSeedWriter.write(c, org.units());
    new RosterWriter()
        .write(
            c,
            org.employees().stream()
                .map(r -> r.withEmployment(r.hireDate(), EmploymentStatus.ACTIVE, r.hireDate()))
                .toList(),
            done -> {});
    c.commit();
  }

  /** Every employee's service history, read as {@code ServiceHistories} gives it. */
  private static List<ServiceHistory> histories(Connection c) throws SQLException {
    Map<Long, List<ServiceHistory.Period>> periods = new HashMap<>();
    try (var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT employee_id, status, start_date, end_date FROM employment_period")) {
      while (r.next()) {
        periods
            .computeIfAbsent(r.getLong(1), id -> new ArrayList<>())
            .add(
                new ServiceHistory.Period(
                    EmploymentStatus.valueOf(r.getString(2)),
                    r.getObject(3, LocalDate.class),
                    r.getObject(4, LocalDate.class)));
      }
    }
    var histories = new ArrayList<ServiceHistory>();
    try (var s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT id, org_unit_id, hire_date, employment_type, status, status_since"
                    + " FROM employee ORDER BY id")) {
      while (r.next()) {
        histories.add(
            new ServiceHistory(
                r.getLong(1),
                r.getLong(2),
                r.getObject(3, LocalDate.class),
                EmploymentType.valueOf(r.getString(4)),
                EmploymentStatus.valueOf(r.getString(5)),
                r.getObject(6, LocalDate.class),
                periods.getOrDefault(r.getLong(1), List.of())));
      }
    }
    return histories;
  }

  /** The bundled survey's first version, as the application stores it at start-up. */
  private static SurveyVersion version(Connection c, SurveyDefinition survey, String text)
      throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    try (var insert =
        c.prepareStatement(
            "INSERT INTO survey_version (survey_key, version_no, kind, title_ko, title_en,"
                + " source_file, sha256, definition, loaded_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?,"
                + " NOW(3))",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, survey.key());
      insert.setString(2, survey.kind().name());
      insert.setString(3, survey.title().ko());
      insert.setString(4, survey.title().en());
      insert.setString(5, FILE);
      insert.setString(6, sha);
      insert.setString(7, text);
      insert.executeUpdate();
    }
    c.commit();
    return new SurveyVersion(survey, 1, FILE, sha, text, java.time.Instant.now());
  }

  /**
   * A round from {@code startsOn} asking everyone eligible that day (the application's rule), and
   * {@code responses} of them answering, chosen at random, through the application's own code.
   */
  private static Round round(
      Connection c,
      SurveyVersion version,
      SurveyDefinition survey,
      LocalDate startsOn,
      List<ServiceHistory> history,
      Random random,
      int responses)
      throws Exception {
    long start = System.nanoTime();
    var asked = history.stream().filter(s -> SurveyEligibility.isEligible(s, startsOn)).toList();
    var round =
        new SurveyRound(
            version,
            startsOn,
            startsOn.plusDays(20),
            asked.size(),
            "benchmark",
            java.time.Instant.now());
    long id;
    try (var insert =
        c.prepareStatement(
            "INSERT INTO survey_round (survey_key, survey_version_id, survey_year, starts_on,"
                + " ends_on, eligible_count, opened_by, opened_at) VALUES (?, (SELECT id FROM"
                + " survey_version WHERE survey_key = ? AND version_no = 1), ?, ?, ?, ?, ?,"
                + " NOW(3))",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, survey.key());
      insert.setString(2, survey.key());
      insert.setInt(3, startsOn.getYear());
      insert.setObject(4, startsOn);
      insert.setObject(5, round.getEndsOn());
      insert.setInt(6, asked.size());
      insert.setString(7, "benchmark");
      insert.executeUpdate();
      try (var keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    SurveysByHand.ask(c, id, asked, survey);
    c.commit();
    var who = new ArrayList<>(asked);
    Collections.shuffle(who, random);
    for (int i = 0; i < responses; i++) {
      SurveysByHand.answer(c, id, who.get(i).employeeId(), survey, answers(survey, random));
      if ((i + 1) % COMMIT_EVERY == 0) {
        c.commit();
      }
    }
    c.commit();
    System.out.printf(
        "Round of %d: %,d asked, %,d responses in %.1f s%n",
        startsOn.getYear(), asked.size(), responses, seconds(start));
    return new Round(id, round, asked.size());
  }

  /** A respondent's answers: Likert items leaning to agreement, corruption rarely experienced. */
  private static Map<Integer, Integer> answers(SurveyDefinition survey, Random random) {
    Map<Integer, Integer> given = new HashMap<>();
    for (SurveyItem item : survey.items()) {
      int low = item.scale().lowest();
      int high = item.scale().highest();
      int value =
          high - low == 1
              ? (random.nextInt(100) < 4 ? 1 : 0)
              : Math.min(
                  high, low + (int) Math.abs(random.nextGaussian() * 1.2 + (high - low) * 0.6));
      given.put(item.number(), Math.max(low, Math.min(high, value)));
    }
    return given;
  }

  /** The two grouped queries the results page ran before the totals, read to the end. */
  private static void recount(javax.sql.DataSource dataSource, long round) {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      for (String sql :
          List.of(
              "SELECT a.item_no, a.answer, COUNT(*) FROM survey_response r JOIN survey_answer a"
                  + " ON a.response_id = r.id WHERE r.round_id = "
                  + round
                  + " GROUP BY a.item_no, a.answer",
              "SELECT org_unit_id, COUNT(*), SUM(responded) FROM survey_participant"
                  + " WHERE round_id = "
                  + round
                  + " GROUP BY org_unit_id")) {
        try (var r = s.executeQuery(sql)) {
          while (r.next()) {
            r.getLong(1);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String loadAverage() {
    try {
      var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
