package kr.cheongnabi.requirement.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.control.Database;

/**
 * Computes the obligations of a run of employees in one short transaction of its own: reads their
 * facts in three queries, writes every row with one batch of upserts and removes the rows of those
 * no longer employed in the year. Running the same chunk twice, also at once on two instances,
 * leaves the same rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ObligationChunks {

  private static final String FACTS =
      "SELECT e.id, e.hire_date, e.employment_type, e.grade, e.senior_official, e.promoted_on,"
          + " e.org_unit_id FROM employee e";
  private static final String EMPLOYEES =
      FACTS + " WHERE e.id > ? AND e.id <= ? ORDER BY e.id LIMIT ?";
  // Employed on some day of the year (as Obligations.missing asks) and without a row in it.
  private static final String MISSING =
      FACTS
          + " WHERE e.id > ? AND e.hire_date <= ? AND NOT EXISTS ("
          + Obligations.LEFT_BY
          + ") AND NOT EXISTS (SELECT 1 FROM obligation o WHERE o.training_year = ?"
          + " AND o.employee_id = e.id) ORDER BY e.id LIMIT ?";
  private static final String PERIODS =
      "SELECT employee_id, status, start_date, end_date FROM employment_period"
          + " WHERE employee_id BETWEEN ? AND ?";
  // The lock order of every transaction that writes a yearly total and an obligation's copy of it:
  // the ledger's head first (Ledger.append locks it before the totals, then adds to obligation), so
  // a chunk and a transaction recording credits for many people (an attendance list) take turns
  // instead of each holding rows, or gaps of absent rows, that the other waits for (InnoDB
  // deadlocks). Shared: chunks of two runs or instances do not wait for each other here.
  private static final String HOLD_LEDGER =
      "SELECT seq_no FROM ledger_head WHERE id = 1 LOCK IN SHARE MODE";
  // A shared lock: a credit being recorded for one of these people finishes first (and is read
  // here), and one recorded later waits for this chunk, then adds to the row written here.
  private static final String CREDITED =
      "SELECT employee_id, total_minutes FROM ledger_total WHERE training_year = ?"
          + " AND employee_id BETWEEN ? AND ? LOCK IN SHARE MODE";
  private static final String STORED =
      "SELECT employee_id FROM obligation WHERE training_year = ? AND employee_id BETWEEN ? AND ?";
  // VALUES() rather than MySQL 8's row alias: MariaDB knows only the former.
  private static final String UPSERT =
      "INSERT INTO obligation (training_year, employee_id, owed_minutes, floor_minutes,"
          + " counted_days, face_to_face_required, computed_at, org_unit_id, credited_minutes)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON DUPLICATE KEY UPDATE owed_minutes = VALUES(owed_minutes),"
          + " org_unit_id = VALUES(org_unit_id), credited_minutes = VALUES(credited_minutes),"
          + " floor_minutes = VALUES(floor_minutes), counted_days = VALUES(counted_days),"
          + " face_to_face_required = VALUES(face_to_face_required),"
          + " computed_at = VALUES(computed_at)";
  private static final String REMOVE =
      "DELETE FROM obligation WHERE training_year = ? AND employee_id = ?";
  private static final String START_RUN =
      "INSERT INTO obligation_run (training_year, run_id, started_by, started_at, heartbeat_at,"
          + " total_employees, done_employees) SELECT ?, ?, ?, ?, ?, COUNT(*), 0 FROM employee"
          + " ON DUPLICATE KEY UPDATE run_id = VALUES(run_id), started_by = VALUES(started_by),"
          + " started_at = VALUES(started_at), heartbeat_at = VALUES(heartbeat_at),"
          + " total_employees = VALUES(total_employees), done_employees = 0, finished_at = NULL,"
          + " failure = NULL";

  /** The employees a chunk went through: how many, and the highest id. */
  public record Chunk(int employees, long lastId) {

    /** A newer run of the year took over: this one stops. */
    static final Chunk SUPERSEDED = new Chunk(-1, -1);

    boolean superseded() {
      return employees < 0;
    }
  }

  private record Facts(long id, long unitId, EmployeeFacts facts) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /** Starts a run of the year: the progress row shows it from now on, on every instance. */
  public String start(int year, String startedBy) {
    var runId = UUID.randomUUID().toString();
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(START_RUN)) {
      statement.setInt(1, year);
      statement.setString(2, runId);
      statement.setString(3, startedBy);
      var now = Timestamp.from(clock.instant());
      statement.setTimestamp(4, now);
      statement.setTimestamp(5, now);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the recomputation of " + year + " could not start", e);
    }
    return runId;
  }

  /**
   * Computes the obligations of up to {@code size} employees with ids above {@code afterId} and
   * records that the run has {@code doneBefore} plus these behind it; nothing when a newer run of
   * the year has started meanwhile ({@link Chunk#superseded()}), so an older run, perhaps with an
   * older requirement, never writes after a newer one. Holding the run's row makes the chunks of
   * two runs take turns.
   */
  public Chunk next(
      YearRequirement requirement, long afterId, int size, String runId, int doneBefore) {
    try (var connection = dataSource.getConnection()) {
      if (!current(connection, requirement.year(), runId)) {
        return Chunk.SUPERSEDED;
      }
      var chunk = write(connection, requirement, afterId, Long.MAX_VALUE, size);
      try (var progress =
          connection.prepareStatement(
              "UPDATE obligation_run SET done_employees = ? WHERE training_year = ?")) {
        progress.setInt(1, doneBefore + chunk.employees());
        progress.setInt(2, requirement.year());
        progress.executeUpdate();
      }
      return chunk;
    } catch (SQLException e) {
      throw new IllegalStateException("obligations after employee " + afterId + " failed", e);
    }
  }

  private static boolean current(Connection connection, int year, String runId)
      throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "SELECT run_id FROM obligation_run WHERE training_year = ? FOR UPDATE")) {
      statement.setInt(1, year);
      try (var rows = statement.executeQuery()) {
        return rows.next() && runId.equals(rows.getString(1));
      }
    }
  }

  public void finish(int year, String runId) {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "UPDATE obligation_run SET finished_at = ?, failure = NULL WHERE training_year = ?"
                    + " AND run_id = ?")) {
      statement.setTimestamp(1, Timestamp.from(clock.instant()));
      statement.setInt(2, year);
      statement.setString(3, runId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the recomputation of " + year + " could not finish", e);
    }
  }

  /** Computes one employee's obligation in the year. */
  public void one(YearRequirement requirement, long employeeId) {
    try (var connection = dataSource.getConnection()) {
      write(connection, requirement, employeeId - 1, employeeId, 1);
    } catch (SQLException e) {
      throw new IllegalStateException("the obligation of employee " + employeeId + " failed", e);
    }
  }

  /**
   * Computes the obligations of up to {@code size} employees with ids above {@code afterId} who are
   * employed in the requirement's year and have none in it; nobody else's row is written.
   */
  public Chunk missing(YearRequirement requirement, long afterId, int size) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(MISSING)) {
      statement.setLong(1, afterId);
      statement.setObject(2, requirement.lastDay());
      statement.setObject(3, requirement.firstDay());
      statement.setInt(4, requirement.year());
      statement.setInt(5, size);
      return write(connection, requirement, afterId, facts(connection, statement));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "missing obligations after employee " + afterId + " failed", e);
    }
  }

  private Chunk write(
      Connection connection, YearRequirement requirement, long afterId, long upTo, int size)
      throws SQLException {
    try (var statement = connection.prepareStatement(EMPLOYEES)) {
      statement.setLong(1, afterId);
      statement.setLong(2, upTo);
      statement.setInt(3, size);
      return write(connection, requirement, afterId, facts(connection, statement));
    }
  }

  private Chunk write(
      Connection connection, YearRequirement requirement, long afterId, List<Facts> employees)
      throws SQLException {
    if (employees.isEmpty()) {
      return new Chunk(0, afterId);
    }
    var first = employees.get(0).id();
    var last = employees.get(employees.size() - 1).id();
    // Locks from here to the commit only: the facts above were read without any.
    try (var hold = connection.prepareStatement(HOLD_LEDGER)) {
      hold.executeQuery().close();
    }
    var credited = credited(connection, requirement.year(), first, last);
    var stored = stored(connection, requirement.year(), first, last);
    var now = Timestamp.from(clock.instant());
    try (var upsert = connection.prepareStatement(UPSERT);
        var remove = connection.prepareStatement(REMOVE)) {
      var upserts = 0;
      var removals = 0;
      for (var employee : employees) {
        var owed = OwedMinutes.of(employee.facts(), requirement);
        if (owed.isPresent()) {
          upsert.setInt(1, requirement.year());
          upsert.setLong(2, employee.id());
          upsert.setInt(3, owed.get().owedMinutes());
          upsert.setInt(4, owed.get().floorMinutes());
          upsert.setInt(5, owed.get().countedDays());
          upsert.setBoolean(6, owed.get().faceToFaceRequired());
          upsert.setTimestamp(7, now);
          upsert.setLong(8, employee.unitId());
          upsert.setInt(9, credited.getOrDefault(employee.id(), 0));
          upsert.addBatch();
          upserts++;
        } else if (stored.contains(employee.id())) {
          remove.setInt(1, requirement.year());
          remove.setLong(2, employee.id());
          remove.addBatch();
          removals++;
        }
      }
      if (upserts > 0) {
        upsert.executeBatch();
      }
      if (removals > 0) {
        remove.executeBatch();
      }
    }
    return new Chunk(employees.size(), last);
  }

  /** The facts of the employees the statement selects (the columns of {@link #FACTS}). */
  private static List<Facts> facts(Connection connection, PreparedStatement employees)
      throws SQLException {
    record Row(
        long id,
        LocalDate hired,
        EmploymentType type,
        String grade,
        boolean senior,
        LocalDate promoted,
        long unitId) {}
    var rows = new ArrayList<Row>();
    try (var result = employees.executeQuery()) {
      while (result.next()) {
        var promoted = result.getDate(6);
        rows.add(
            new Row(
                result.getLong(1),
                result.getDate(2).toLocalDate(),
                EmploymentType.valueOf(result.getString(3)),
                result.getString(4),
                result.getBoolean(5),
                promoted == null ? null : promoted.toLocalDate(),
                result.getLong(7)));
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    var periods = new HashMap<Long, List<StatusPeriod>>();
    try (var statement = connection.prepareStatement(PERIODS)) {
      statement.setLong(1, rows.get(0).id());
      statement.setLong(2, rows.get(rows.size() - 1).id());
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          Date end = result.getDate(4);
          periods
              .computeIfAbsent(result.getLong(1), id -> new ArrayList<>())
              .add(
                  new StatusPeriod(
                      EmploymentStatus.valueOf(result.getString(2)),
                      result.getDate(3).toLocalDate(),
                      end == null ? null : end.toLocalDate()));
        }
      }
    }
    return rows.stream()
        .map(
            r ->
                new Facts(
                    r.id(),
                    r.unitId(),
                    new EmployeeFacts(
                        r.hired(),
                        r.type(),
                        r.grade(),
                        r.senior(),
                        r.promoted(),
                        periods.getOrDefault(r.id(), List.of()))))
        .toList();
  }

  private static Map<Long, Integer> credited(Connection connection, int year, long first, long last)
      throws SQLException {
    var totals = new HashMap<Long, Integer>();
    try (var statement = connection.prepareStatement(CREDITED)) {
      statement.setInt(1, year);
      statement.setLong(2, first);
      statement.setLong(3, last);
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          totals.put(result.getLong(1), result.getInt(2));
        }
      }
    }
    return totals;
  }

  private static HashSet<Long> stored(Connection connection, int year, long first, long last)
      throws SQLException {
    var ids = new HashSet<Long>();
    try (var statement = connection.prepareStatement(STORED)) {
      statement.setInt(1, year);
      statement.setLong(2, first);
      statement.setLong(3, last);
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          ids.add(result.getLong(1));
        }
      }
    }
    return ids;
  }
}
