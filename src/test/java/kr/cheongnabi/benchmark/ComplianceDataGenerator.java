package kr.cheongnabi.benchmark;

import static kr.cheongnabi.benchmark.BenchmarkDatabase.seconds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import kr.cheongnabi.ledger.entity.EntryContent;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterRow;
import kr.cheongnabi.people.control.RosterWriter;
import kr.cheongnabi.people.control.UnitSeedWriter;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Loads the dataset of the compliance benchmark into an empty schema: the generated city of {@link
 * OrganisationGenerator} as of a training year (some hired during it, some on leave, dispatched or
 * gone since last year or this one, with their employment history), what each employee owes in that
 * year and the one before, in-person sessions with their attendance, and a ledger of credits over
 * both years whose hash chain verifies like one the application wrote, with its yearly and monthly
 * totals. Plain JDBC batches, which Connector/J sends as multi-row inserts with {@code
 * rewriteBatchedStatements=true}; the indexes of the migrations stay in place.
 */
final class ComplianceDataGenerator {

  static final long SEED = 2026;
  private static final int BATCH = 1000;
  private static final int COMMIT_EVERY = 50 * BATCH;
  private static final int TARGET_MINUTES = 300;
  private static final int FLOOR_MINUTES = 120;
  private static final double HIRED_THIS_YEAR = 0.03;
  private static final String PLACE = "청렴시청 대회의실";

  /** How large a dataset to load. */
  record Size(int employees, int units, int entries) {}

  /**
   * What an employee owes in a year under the benchmark's stand-in for the owed-minutes rule: the
   * target and floor pro-rated by the days active in the year (employed, not on leave, not
   * dispatched); a face-to-face session when hired in the year.
   *
   * @param firstDay the first day active in the year
   * @param lastDay the last day active in the year; before {@code firstDay} when none is
   */
  record Obligation(
      int owedMinutes,
      int floorMinutes,
      int countedDays,
      boolean faceToFace,
      LocalDate firstDay,
      LocalDate lastDay) {}

  /** A credit to load; ids and hashes are given when the chain is laid in recorded order. */
  private record Entry(
      int employee,
      int year,
      EntryKind kind,
      int minutes,
      long sessionId,
      long occurredMillis,
      long recordedMillis) {}

  private record Session(long id, int year, Instant startsAt, int minutes) {}

  private final Connection connection;
  private final int year;
  private final Instant now;
  private final Random random = new Random(SEED);

  private ComplianceDataGenerator(Connection connection, int year, Instant now) {
    this.connection = connection;
    this.year = year;
    this.now = now;
  }

  /**
   * Loads the dataset for the training year (and the year before), committing as it goes.
   *
   * @param now no credit happens after it, as in a database the application has been writing
   */
  static void load(Connection connection, Size size, int year, Instant now) throws Exception {
    connection.setAutoCommit(false);
    new ComplianceDataGenerator(connection, year, now).load(size);
  }

  private void load(Size size) throws Exception {
    long start = System.nanoTime();
    var org = OrganisationGenerator.generate(SEED, size.employees(), size.units());
    var rows = asOf(org.employees(), year, random);
    UnitSeedWriter.write(connection, org.units());
    // Twice, as the HR system's exports arrive: everyone active since hired, then the leaves,
    // dispatches and departures, which close that period and open the next.
    var writer = new RosterWriter();
    writer.write(
        connection,
        rows.stream().map(ComplianceDataGenerator::activeSinceHired).toList(),
        done -> {});
    writer.write(connection, rows, done -> {});
    connection.commit();
    var ids = idsOf("SELECT id, employee_number FROM employee", rows, RosterRow::employeeNumber);
    step(start, "%,d units and %,d employees with their history", org.units().size(), rows.size());

    start = System.nanoTime();
    var units = idsOf("SELECT id, code FROM org_unit", rows, RosterRow::orgUnitCode);
    var obligations = new ArrayList<Map<Integer, Obligation>>();
    for (int year : List.of(this.year - 1, this.year)) {
      obligations.add(insertObligations(rows, ids, units, year));
    }
    step(start, "obligations of %d and %d", year - 1, year);

    start = System.nanoTime();
    var sessions = insertSessions(size.employees());
    var entries = entries(obligations, sessions, size.entries());
    step(start, "%,d sessions and %,d credits drawn", sessions.size(), entries.size());

    start = System.nanoTime();
    insertChain(entries, ids);
    step(start, "%,d ledger entries with their hash chain", entries.size());

    start = System.nanoTime();
    insertAttendance(entries, ids);
    insertTotals(entries, ids, units);
    creditObligations();
    step(start, "attendance, yearly and monthly totals, credited minutes of the obligations");
  }

  /**
   * The generated organisation as of the year: about {@value #HIRED_THIS_YEAR} hired during it, and
   * every leave, dispatch and departure begun at some day of the year before or this one, so that
   * some owe a share of the year and some nothing.
   */
  static List<RosterRow> asOf(List<RosterRow> rows, int year, Random random) {
    var lastYear = LocalDate.of(year - 1, 1, 1);
    var latest = LocalDate.of(year, 11, 30);
    var result = new ArrayList<RosterRow>(rows.size());
    for (var row : rows) {
      if (random.nextDouble() < HIRED_THIS_YEAR) {
        var hired = LocalDate.of(year, 1, 1).plusDays(random.nextInt(300));
        result.add(row.withEmployment(hired, EmploymentStatus.ACTIVE, hired));
      } else if (row.status() == EmploymentStatus.ACTIVE) {
        result.add(row);
      } else {
        var from =
            row.hireDate().plusDays(1).isAfter(lastYear) ? row.hireDate().plusDays(1) : lastYear;
        var days = ChronoUnit.DAYS.between(from, latest);
        result.add(
            days < 0
                ? activeSinceHired(row)
                : row.withEmployment(
                    row.hireDate(), row.status(), from.plusDays(random.nextLong(days + 1))));
      }
    }
    return result;
  }

  /**
   * The stand-in rule (another part of the issue builds the real one): empty when the employee is
   * employed on no day of the year.
   */
  static Optional<Obligation> obligation(RosterRow row, int year) {
    var yearStart = LocalDate.of(year, 1, 1);
    var yearEnd = LocalDate.of(year, 12, 31);
    var firstDay = row.hireDate().isAfter(yearStart) ? row.hireDate() : yearStart;
    boolean gone = row.status() == EmploymentStatus.LEFT && !row.statusSince().isAfter(yearStart);
    if (firstDay.isAfter(yearEnd) || gone) {
      return Optional.empty();
    }
    var lastDay =
        row.status() != EmploymentStatus.ACTIVE && !row.statusSince().isAfter(yearEnd)
            ? row.statusSince().minusDays(1)
            : yearEnd;
    int days = (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, lastDay) + 1);
    double share = days / (double) yearStart.lengthOfYear();
    return Optional.of(
        new Obligation(
            (int) Math.round(TARGET_MINUTES * share),
            (int) Math.round(FLOOR_MINUTES * share),
            days,
            days > 0 && row.hireDate().getYear() == year,
            firstDay,
            lastDay));
  }

  /** The total shared out in proportion to the weights, in whole units adding up to it exactly. */
  static int[] share(int total, double[] weights) {
    double sum = 0;
    for (double weight : weights) {
      sum += weight;
    }
    var shares = new int[weights.length];
    if (sum == 0) {
      return shares;
    }
    int given = 0;
    double owedSoFar = 0;
    // Cumulative rounding: each share is what the running total is owed less what was given.
    for (int i = 0; i < weights.length; i++) {
      owedSoFar += total * weights[i] / sum;
      shares[i] = (int) Math.round(owedSoFar) - given;
      given += shares[i];
    }
    return shares;
  }

  private static RosterRow activeSinceHired(RosterRow row) {
    return row.withEmployment(row.hireDate(), EmploymentStatus.ACTIVE, row.hireDate());
  }

  /** The id of each row's employee, or unit: the query gives ids by employee number, or code. */
  private long[] idsOf(String query, List<RosterRow> rows, Function<RosterRow, String> key)
      throws SQLException {
    var byKey = new HashMap<String, Long>();
    try (var s = connection.createStatement();
        var r = s.executeQuery(query)) {
      while (r.next()) {
        byKey.put(r.getString(2), r.getLong(1));
      }
    }
    return rows.stream().mapToLong(row -> byKey.get(key.apply(row))).toArray();
  }

  private Map<Integer, Obligation> insertObligations(
      List<RosterRow> rows, long[] ids, long[] units, int year) throws SQLException {
    var owed = new HashMap<Integer, Obligation>();
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO obligation (training_year, employee_id, owed_minutes, floor_minutes,"
                + " counted_days, face_to_face_required, computed_at, org_unit_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < rows.size(); i++) {
        var obligation = obligation(rows.get(i), year);
        if (obligation.isEmpty()) {
          continue;
        }
        var o = obligation.get();
        owed.put(i, o);
        insert.setInt(1, year);
        insert.setLong(2, ids[i]);
        insert.setInt(3, o.owedMinutes());
        insert.setInt(4, o.floorMinutes());
        insert.setInt(5, o.countedDays());
        insert.setBoolean(6, o.faceToFace());
        insert.setObject(7, utc(now));
        insert.setLong(8, units[i]);
        addToBatch(insert, owed.size());
      }
      insert.executeBatch();
    }
    connection.commit();
    return owed;
  }

  /** A session for about every 250 employees in each year, mostly face to face. */
  private List<Session> insertSessions(int employees) throws SQLException {
    var sessions = new ArrayList<Session>();
    int perYear = Math.max(12, employees / 250);
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO training_session (title_ko, title_en, starts_at, duration_minutes, place,"
                + " capacity, registered, face_to_face, published, check_in_secret, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, ?, TRUE, ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int year : List.of(this.year - 1, this.year)) {
        for (int n = 1; n <= perYear; n++) {
          var day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
          var startsAt =
              day.atTime(random.nextBoolean() ? 10 : 14, 0).atZone(TrainingYear.KOREA).toInstant();
          int minutes = 60 + 30 * random.nextInt(3);
          var secret = new byte[32];
          random.nextBytes(secret);
          insert.setString(1, "청렴 집합교육 %d-%03d".formatted(year, n));
          insert.setString(2, "Integrity in-person course %d-%03d".formatted(year, n));
          insert.setObject(3, utc(startsAt));
          insert.setInt(4, minutes);
          insert.setString(5, PLACE);
          insert.setInt(6, 500);
          insert.setBoolean(7, random.nextInt(5) > 0);
          insert.setBytes(8, secret);
          insert.executeUpdate();
          try (var keys = insert.getGeneratedKeys()) {
            keys.next();
            sessions.add(new Session(keys.getLong(1), year, startsAt, minutes));
          }
        }
      }
    }
    connection.commit();
    sessions.sort(Comparator.comparing(Session::startsAt));
    return sessions;
  }

  /**
   * The credits of both years, shared out over the employees who were active in them: some earn
   * nothing, some a little, some about the floor, most beyond the target, each in proportion to the
   * part of the year they were active. Then in the order they were recorded.
   */
  private List<Entry> entries(
      List<Map<Integer, Obligation>> obligations, List<Session> sessions, int total) {
    var who = new ArrayList<int[]>();
    var weights = new ArrayList<Double>();
    for (int y = 0; y < obligations.size(); y++) {
      for (var owed : obligations.get(y).entrySet()) {
        if (owed.getValue().countedDays() > 0) {
          who.add(new int[] {owed.getKey(), year - 1 + y});
          double diligence = random.nextDouble();
          double entries =
              diligence < 0.08 ? 0 : diligence < 0.25 ? 1.5 : diligence < 0.45 ? 5 : 12;
          weights.add(entries * owed.getValue().countedDays() / 365.0);
        }
      }
    }
    var counts = share(total, weights.stream().mapToDouble(Double::doubleValue).toArray());
    var entries = new ArrayList<Entry>(total);
    for (int i = 0; i < who.size(); i++) {
      int employee = who.get(i)[0];
      int year = who.get(i)[1];
      var o = obligations.get(year - this.year + 1).get(employee);
      var lastDay = LocalDate.ofInstant(now, TrainingYear.KOREA).minusDays(1);
      var until = o.lastDay().isBefore(lastDay) ? o.lastDay() : lastDay;
      if (until.isBefore(o.firstDay())) {
        continue;
      }
      var attended = sessionsBetween(sessions, o.firstDay(), until);
      int offset = attended.isEmpty() ? 0 : random.nextInt(attended.size());
      int inPerson = 0;
      for (int n = 0; n < counts[i]; n++) {
        var next =
            inPerson < attended.size() ? attended.get((offset + inPerson) % attended.size()) : null;
        var entry = entry(employee, year, o.firstDay(), until, next);
        if (entry.kind() == EntryKind.IN_PERSON) {
          inPerson++;
        }
        entries.add(entry);
      }
    }
    entries.sort(Comparator.comparingLong(Entry::recordedMillis).thenComparingInt(Entry::employee));
    return entries;
  }

  /**
   * One credit: quizzes are short, modules up to two hours, in-person sessions as long as the
   * session, external training in half hours.
   *
   * @param session the session the employee attends next, null when none is left to attend
   */
  private Entry entry(int employee, int year, LocalDate from, LocalDate until, Session session) {
    double kind = random.nextDouble();
    var day = from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, until) + 1));
    var at =
        day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(9 * 60)))
            .atZone(TrainingYear.KOREA)
            .toInstant()
            .toEpochMilli();
    if (kind < 0.12 && session != null) {
      long start = session.startsAt().toEpochMilli();
      return new Entry(
          employee,
          year,
          EntryKind.IN_PERSON,
          session.minutes(),
          session.id(),
          start,
          start + (session.minutes() + 10) * 60_000L);
    }
    if (kind < 0.20) {
      int minutes = 60 + 30 * random.nextInt(3);
      long approved = Math.min(at + 3 * 86_400_000L, now.toEpochMilli() - 60_000L);
      return new Entry(employee, year, EntryKind.EXTERNAL, minutes, 0, at, Math.max(at, approved));
    }
    if (kind < 0.55) {
      int minutes = 30 + 10 * random.nextInt(10);
      return new Entry(employee, year, EntryKind.ONLINE_MODULE, minutes, 0, at, at);
    }
    int minutes = 10 + 5 * random.nextInt(5);
    return new Entry(employee, year, EntryKind.QUIZ, minutes, 0, at, at);
  }

  private static List<Session> sessionsBetween(
      List<Session> sessions, LocalDate from, LocalDate until) {
    var start = from.atStartOfDay(TrainingYear.KOREA).toInstant();
    var end = until.plusDays(1).atStartOfDay(TrainingYear.KOREA).toInstant();
    return sessions.stream()
        .filter(s -> !s.startsAt().isBefore(start) && s.startsAt().isBefore(end))
        .toList();
  }

  /**
   * The entries as the ledger would have appended them one by one: numbered from 1, each hashed
   * with {@link EntryContent} over the one before, and the head left at the last.
   */
  private void insertChain(List<Entry> entries, long[] ids) throws SQLException {
    var previous = EntryContent.GENESIS;
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO ledger_entry (seq_no, employee_id, training_year, minutes, kind,"
                + " source_key, occurred_at, recorded_at, recorded_by, reason, previous_hash,"
                + " entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
      for (int i = 0; i < entries.size(); i++) {
        var e = entries.get(i);
        long sequence = i + 1;
        var content =
            new EntryContent(
                sequence,
                ids[e.employee()],
                e.year(),
                e.minutes(),
                e.kind(),
                SourceKey.of(e.kind(), e.kind() == EntryKind.IN_PERSON ? e.sessionId() : sequence),
                Instant.ofEpochMilli(e.occurredMillis()),
                Instant.ofEpochMilli(e.recordedMillis()),
                recordedBy(e.kind()),
                null,
                previous);
        previous = content.hash();
        insert.setLong(1, sequence);
        insert.setLong(2, content.employeeId());
        insert.setInt(3, content.trainingYear());
        insert.setInt(4, content.minutes());
        insert.setString(5, content.kind().name());
        insert.setString(6, content.source().toString());
        insert.setObject(7, utc(content.occurredAt()));
        insert.setObject(8, utc(content.recordedAt()));
        insert.setString(9, content.recordedBy());
        insert.setString(10, content.previousHash());
        insert.setString(11, previous);
        addToBatch(insert, i + 1);
      }
      insert.executeBatch();
      try (var head =
          connection.prepareStatement(
              "UPDATE ledger_head SET seq_no = ?, entry_hash = ?, updated_at = ? WHERE id = 1")) {
        head.setLong(1, entries.size());
        head.setString(2, previous);
        head.setObject(3, utc(now));
        head.executeUpdate();
      }
    }
    connection.commit();
  }

  private static String recordedBy(EntryKind kind) {
    return switch (kind) {
      case IN_PERSON -> "trainer";
      case EXTERNAL -> "hr";
      default -> "system";
    };
  }

  private void insertAttendance(List<Entry> entries, long[] ids) throws SQLException {
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO session_attendance (session_id, employee_id, training_year, minutes,"
                + " method, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'CHECKLIST', 'trainer', ?)")) {
      int n = 0;
      for (var e : entries) {
        if (e.kind() == EntryKind.IN_PERSON) {
          insert.setLong(1, e.sessionId());
          insert.setLong(2, ids[e.employee()]);
          insert.setInt(3, e.year());
          insert.setInt(4, e.minutes());
          insert.setObject(5, utc(Instant.ofEpochMilli(e.recordedMillis())));
          addToBatch(insert, ++n);
        }
      }
      insert.executeBatch();
    }
    connection.commit();
  }

  /**
   * The totals that {@code Ledger.append} keeps with each entry, added up here from the entries
   * just written: per employee and year by kind, and per year, month (Korea time) and the
   * employee's unit. Two INSERT ... SELECT over the 2,000,000 rows took minutes on the embedded
   * server; this takes seconds.
   */
  private void insertTotals(List<Entry> entries, long[] ids, long[] units) throws SQLException {
    var totals = new HashMap<Long, long[]>();
    var months = new HashMap<List<Long>, long[]>();
    for (var e : entries) {
      var total = totals.computeIfAbsent(((long) e.employee() << 16) | e.year(), k -> new long[6]);
      total[0] += e.minutes();
      total[1 + e.kind().ordinal()] += e.minutes();
      total[5] = Math.max(total[5], e.occurredMillis());
      var month =
          Instant.ofEpochMilli(e.occurredMillis()).atZone(TrainingYear.KOREA).getMonthValue();
      months
              .computeIfAbsent(
                  List.of((long) e.year(), (long) month, units[e.employee()]), k -> new long[1])[
              0] +=
          e.minutes();
    }
    var counts = new HashMap<Long, Integer>();
    entries.forEach(e -> counts.merge(((long) e.employee() << 16) | e.year(), 1, Integer::sum));
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO ledger_total (employee_id, training_year, total_minutes, module_minutes,"
                + " quiz_minutes, in_person_minutes, external_minutes, correction_minutes,"
                + " entry_count, last_credit_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
      int n = 0;
      for (var total : totals.entrySet()) {
        var t = total.getValue();
        insert.setLong(1, ids[(int) (total.getKey() >> 16)]);
        insert.setInt(2, (int) (total.getKey() & 0xFFFF));
        for (int i = 0; i < 5; i++) {
          insert.setLong(3 + i, t[i]);
        }
        insert.setInt(8, counts.get(total.getKey()));
        insert.setObject(9, utc(Instant.ofEpochMilli(t[5])));
        addToBatch(insert, ++n);
      }
      insert.executeBatch();
    }
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO ledger_month_total (training_year, month_no, org_unit_id, minutes)"
                + " VALUES (?, ?, ?, ?)")) {
      int n = 0;
      for (var month : months.entrySet()) {
        insert.setLong(1, month.getKey().get(0));
        insert.setLong(2, month.getKey().get(1));
        insert.setLong(3, month.getKey().get(2));
        insert.setLong(4, month.getValue()[0]);
        addToBatch(insert, ++n);
      }
      insert.executeBatch();
    }
    connection.commit();
  }

  /** The credited minutes the application copies into each obligation as it writes the row. */
  private void creditObligations() throws SQLException {
    try (var update =
        connection.prepareStatement(
            "UPDATE obligation o JOIN ledger_total t ON t.employee_id = o.employee_id"
                + " AND t.training_year = o.training_year"
                + " SET o.credited_minutes = t.total_minutes")) {
      update.executeUpdate();
    }
    connection.commit();
  }

  private void addToBatch(PreparedStatement insert, int rows) throws SQLException {
    insert.addBatch();
    if (rows % BATCH == 0) {
      insert.executeBatch();
    }
    if (rows % COMMIT_EVERY == 0) {
      connection.commit();
    }
  }

  /** DATETIME columns hold UTC, as the application (run with user.timezone=UTC) writes them. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void step(long start, String what, Object... args) {
    System.out.printf("  %-50s %6.1f s%n", what.formatted(args), seconds(start));
  }
}
