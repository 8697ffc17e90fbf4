package kr.cheongnabi.people.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * Writes validated roster rows: an employee number not yet known is created, a known one is updated
 * when anything differs, and a changed status closes the open period of the employment history and
 * opens a new one. Plain JDBC with batches, so that 100,000 rows take seconds; the caller owns the
 * transaction, so a failure leaves nothing half-written.
 */
public class RosterWriter {

  static final int BATCH = 1000;
  private static final String STATUS_SINCE = "status_since";

  private static final String INSERT_EMPLOYEE =
      "INSERT INTO employee (employee_number, name, email, org_unit_id, position, grade,"
          + " senior_official, hire_date, employment_type, status, status_since, version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
  private static final String UPDATE_EMPLOYEE =
      "UPDATE employee SET name = ?, email = ?, org_unit_id = ?, position = ?, grade = ?,"
          + " senior_official = ?, hire_date = ?, employment_type = ?, status = ?,"
          + " status_since = ?, version = version + 1 WHERE id = ?";
  private static final String OPEN_PERIOD =
      "INSERT INTO employment_period (employee_id, status, start_date) VALUES (?, ?, ?)";
  private static final String CLOSE_PERIOD =
      "UPDATE employment_period SET end_date = GREATEST(start_date, ?)"
          + " WHERE employee_id = ? AND end_date IS NULL";
  private static final String MOVE_PERIOD_START =
      "UPDATE employment_period SET start_date = ? WHERE employee_id = ? AND end_date IS NULL";

  private static final String FORGET_AREAS = "DELETE FROM employee_duty_area WHERE employee_id = ?";
  private static final String MARK_AREA =
      "INSERT INTO employee_duty_area (employee_id, duty_area_code) VALUES (?, ?)";

  /** The stored state of an employee, to compare with a row. */
  private record Stored(
      long id,
      String name,
      String email,
      long unitId,
      String position,
      String grade,
      boolean seniorOfficial,
      LocalDate hireDate,
      EmploymentType employmentType,
      EmploymentStatus status,
      LocalDate statusSince) {}

  /**
   * @throws RosterConflict when a row contradicts the stored history; nothing is written then
   */
  public RosterCounts write(Connection connection, List<RosterRow> rows, IntConsumer progress)
      throws SQLException, RosterConflict {
    var units = unitIds(connection);
    var stored = storedEmployees(connection);
    var storedAreas = storedDutyAreas(connection);
    var conflicts = conflicts(rows, stored, lastClosedPeriodEnds(connection));
    if (!conflicts.isEmpty()) {
      throw new RosterConflict(conflicts);
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    var createdInBatch = new ArrayList<RosterRow>(BATCH);
    try (var insert =
            connection.prepareStatement(INSERT_EMPLOYEE, Statement.RETURN_GENERATED_KEYS);
        var update = connection.prepareStatement(UPDATE_EMPLOYEE);
        var close = connection.prepareStatement(CLOSE_PERIOD);
        var open = connection.prepareStatement(OPEN_PERIOD);
        var move = connection.prepareStatement(MOVE_PERIOD_START);
        var forget = connection.prepareStatement(FORGET_AREAS);
        var mark = connection.prepareStatement(MARK_AREA)) {
      for (int i = 0; i < rows.size(); i++) {
        var row = rows.get(i);
        var unitId = units.get(row.orgUnitCode());
        if (unitId == null) {
          throw new SQLException(
              "Unknown org unit " + row.orgUnitCode() + " on line " + row.line());
        }
        var before = stored.get(row.employeeNumber());
        if (before == null) {
          bindEmployee(insert, row, unitId, 1);
          insert.setString(1, row.employeeNumber());
          insert.addBatch();
          createdInBatch.add(row);
          created++;
        } else {
          var areasChanged =
              row.dutyAreas() != null
                  && !row.dutyAreas().equals(storedAreas.getOrDefault(before.id(), Set.of()));
          if (areasChanged) {
            markAreas(before.id(), row.dutyAreas(), forget, mark);
          }
          if (!sameAs(before, row, unitId)) {
            bindEmployee(update, row, unitId, 0);
            update.setLong(11, before.id());
            update.addBatch();
            recordStatusChange(before, row, close, open, move);
            updated++;
          } else if (areasChanged) {
            updated++;
          } else {
            unchanged++;
          }
        }
        if ((i + 1) % BATCH == 0 || i == rows.size() - 1) {
          insertEmployees(insert, createdInBatch, open, mark);
          update.executeBatch();
          forget.executeBatch();
          mark.executeBatch();
          close.executeBatch();
          open.executeBatch();
          move.executeBatch();
          progress.accept(i + 1);
        }
      }
    }
    return new RosterCounts(created, updated, unchanged);
  }

  /**
   * The history only grows forward: a new status must begin after the current one began, and the
   * start of the current status cannot move back over the period before it.
   */
  private static List<RosterProblem> conflicts(
      List<RosterRow> rows, Map<String, Stored> stored, Map<Long, LocalDate> lastClosedEnds) {
    var problems = new ArrayList<RosterProblem>();
    for (var row : rows) {
      var before = stored.get(row.employeeNumber());
      if (before == null || before.statusSince().equals(row.statusSince())) {
        continue;
      }
      if (before.status() != row.status()) {
        if (!row.statusSince().isAfter(before.statusSince())) {
          problems.add(
              new RosterProblem(
                  row.line(),
                  STATUS_SINCE,
                  "statusSince.notAfterCurrent",
                  row.statusSince(),
                  before.statusSince(),
                  before.status()));
        }
      } else {
        var previousEnd = lastClosedEnds.get(before.id());
        if (previousEnd != null && !row.statusSince().isAfter(previousEnd)) {
          problems.add(
              new RosterProblem(
                  row.line(),
                  STATUS_SINCE,
                  "statusSince.notAfterPrevious",
                  row.statusSince(),
                  previousEnd));
        }
      }
    }
    return problems;
  }

  private static Map<Long, LocalDate> lastClosedPeriodEnds(Connection connection)
      throws SQLException {
    var ends = new HashMap<Long, LocalDate>();
    try (var s =
            connection.prepareStatement(
                "SELECT employee_id, MAX(end_date) FROM employment_period"
                    + " WHERE end_date IS NOT NULL GROUP BY employee_id");
        var r = s.executeQuery()) {
      while (r.next()) {
        ends.put(r.getLong(1), r.getDate(2).toLocalDate());
      }
    }
    return ends;
  }

  /**
   * Inserts the new employees of a batch and opens the first period of each with the generated id;
   * both go to the server as multi-row inserts, which keeps 100,000 new employees to seconds.
   */
  private static void insertEmployees(
      PreparedStatement insert,
      List<RosterRow> rows,
      PreparedStatement open,
      PreparedStatement mark)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    insert.executeBatch();
    try (var keys = insert.getGeneratedKeys()) {
      for (var row : rows) {
        if (!keys.next()) {
          throw new SQLException("The database returned fewer keys than employees inserted");
        }
        open.setLong(1, keys.getLong(1));
        open.setString(2, row.status().name());
        open.setDate(3, Date.valueOf(row.statusSince()));
        open.addBatch();
        if (row.dutyAreas() != null) {
          markAreas(keys.getLong(1), row.dutyAreas(), null, mark);
        }
      }
    }
    rows.clear();
  }

  /** Replaces the employee's own duty areas (the forget statement is null for a new employee). */
  private static void markAreas(
      long employeeId, Set<String> codes, PreparedStatement forget, PreparedStatement mark)
      throws SQLException {
    if (forget != null) {
      forget.setLong(1, employeeId);
      forget.addBatch();
    }
    for (var code : codes) {
      mark.setLong(1, employeeId);
      mark.setString(2, code);
      mark.addBatch();
    }
  }

  private static void recordStatusChange(
      Stored before,
      RosterRow row,
      PreparedStatement close,
      PreparedStatement open,
      PreparedStatement move)
      throws SQLException {
    if (before.status() != row.status()) {
      close.setDate(1, Date.valueOf(row.statusSince().minusDays(1)));
      close.setLong(2, before.id());
      close.addBatch();
      open.setLong(1, before.id());
      open.setString(2, row.status().name());
      open.setDate(3, Date.valueOf(row.statusSince()));
      open.addBatch();
    } else if (!before.statusSince().equals(row.statusSince())) {
      move.setDate(1, Date.valueOf(row.statusSince()));
      move.setLong(2, before.id());
      move.addBatch();
    }
  }

  /** Binds the columns shared by insert and update; the insert has the number first. */
  private static void bindEmployee(PreparedStatement s, RosterRow row, long unitId, int offset)
      throws SQLException {
    s.setString(offset + 1, row.name());
    setNullable(s, offset + 2, row.email());
    s.setLong(offset + 3, unitId);
    setNullable(s, offset + 4, row.position());
    setNullable(s, offset + 5, row.grade());
    s.setBoolean(offset + 6, row.seniorOfficial());
    s.setDate(offset + 7, Date.valueOf(row.hireDate()));
    s.setString(offset + 8, row.employmentType().name());
    s.setString(offset + 9, row.status().name());
    s.setDate(offset + 10, Date.valueOf(row.statusSince()));
  }

  private static void setNullable(PreparedStatement s, int index, String value)
      throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  private static boolean sameAs(Stored s, RosterRow row, long unitId) {
    return s.name().equals(row.name())
        && Objects.equals(s.email(), row.email())
        && s.unitId() == unitId
        && Objects.equals(s.position(), row.position())
        && Objects.equals(s.grade(), row.grade())
        && s.seniorOfficial() == row.seniorOfficial()
        && s.hireDate().equals(row.hireDate())
        && s.employmentType() == row.employmentType()
        && s.status() == row.status()
        && s.statusSince().equals(row.statusSince());
  }

  static Map<String, Long> unitIds(Connection connection) throws SQLException {
    var units = new HashMap<String, Long>();
    try (var s = connection.prepareStatement("SELECT id, code FROM org_unit");
        var r = s.executeQuery()) {
      while (r.next()) {
        units.put(r.getString(2), r.getLong(1));
      }
    }
    return units;
  }

  static Set<String> dutyAreaCodes(Connection connection) throws SQLException {
    var codes = new HashSet<String>();
    try (var s = connection.prepareStatement("SELECT code FROM duty_area");
        var r = s.executeQuery()) {
      while (r.next()) {
        codes.add(r.getString(1));
      }
    }
    return codes;
  }

  private static Map<Long, Set<String>> storedDutyAreas(Connection connection) throws SQLException {
    var areas = new HashMap<Long, Set<String>>();
    try (var s =
            connection.prepareStatement(
                "SELECT employee_id, duty_area_code FROM employee_duty_area");
        var r = s.executeQuery()) {
      while (r.next()) {
        areas.computeIfAbsent(r.getLong(1), id -> new HashSet<>()).add(r.getString(2));
      }
    }
    return areas;
  }

  private static Map<String, Stored> storedEmployees(Connection connection) throws SQLException {
    var stored = new HashMap<String, Stored>();
    try (var s =
            connection.prepareStatement(
                "SELECT id, employee_number, name, email, org_unit_id, position, grade,"
                    + " senior_official, hire_date, employment_type, status, status_since"
                    + " FROM employee");
        var r = s.executeQuery()) {
      while (r.next()) {
        stored.put(
            r.getString(2),
            new Stored(
                r.getLong(1),
                r.getString(3),
                r.getString(4),
                r.getLong(5),
                r.getString(6),
                r.getString(7),
                r.getBoolean(8),
                r.getDate(9).toLocalDate(),
                EmploymentType.valueOf(r.getString(10)),
                EmploymentStatus.valueOf(r.getString(11)),
                r.getDate(12).toLocalDate()));
      }
    }
    return stored;
  }
}
