package kr.cheongnabi.benchmark;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Attempts at the run's unpublished comparison quiz for the raw inserts to answer, made before the
 * baseline is timed: a raw insert must meet the same foreign key and unique key as an answer, on an
 * attempt that has no answers yet. They are closed (no open marker), so the application never
 * resumes or sweeps them.
 */
final class RawAttempts {

  private final List<List<Long>> byPerson;

  private RawAttempts(List<List<Long>> byPerson) {
    this.byPerson = byPerson;
  }

  /** {@code cycles} attempts for each of the first {@code people} employees, numbered per level. */
  static RawAttempts create(DataSource pool, LoadData data, int level, int people, int cycles)
      throws SQLException {
    var order = String.join(",", data.raw().statementKeys());
    var byPerson = new ArrayList<List<Long>>();
    try (var connection = pool.getConnection();
        var insert =
            connection.prepareStatement(
                "INSERT INTO quiz_attempt (quiz_id, quiz_version_id, employee_id, attempt_no,"
                    + " seed, statement_order, started_at, total) VALUES (?, ?, ?, ?, 0, ?,"
                    + " UTC_TIMESTAMP(3), ?)");
        var select =
            connection.prepareStatement(
                "SELECT id FROM quiz_attempt WHERE quiz_id = ? AND employee_id = ?"
                    + " AND attempt_no BETWEEN ? AND ? ORDER BY attempt_no")) {
      int first = level * 10_000 + 1;
      for (int p = 0; p < people; p++) {
        for (int c = 0; c < cycles; c++) {
          insert.setLong(1, data.raw().id());
          insert.setLong(2, data.raw().versionId());
          insert.setLong(3, data.employees().get(p));
          insert.setInt(4, first + c);
          insert.setString(5, order);
          insert.setInt(6, data.raw().statementKeys().size());
          insert.addBatch();
        }
        if (p % 500 == 499) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      for (int p = 0; p < people; p++) {
        select.setLong(1, data.raw().id());
        select.setLong(2, data.employees().get(p));
        select.setInt(3, first);
        select.setInt(4, first + cycles - 1);
        var ids = new ArrayList<Long>();
        try (var rows = select.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
        byPerson.add(List.copyOf(ids));
      }
    }
    return new RawAttempts(byPerson);
  }

  List<Long> of(int person) {
    return byPerson.get(person);
  }
}
