package kr.cheongnabi.ledger.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import kr.cheongnabi.ledger.entity.EntryContent;

/**
 * Someone with the rights of the schema's owner (a DBA, or the migration user): drops the triggers
 * that keep the ledger append-only, changes its rows at will, and on {@link #close()} puts the
 * entries from a sequence number on, the head and the triggers back as they were, so that the tests
 * after it find an intact chain. In the test database the application's user owns the schema (it
 * runs the migrations there), so it can act the part; in production the application's user holds no
 * TRIGGER privilege and can neither drop the triggers nor get past them.
 */
public final class Tampering implements AutoCloseable {

  private final Connection connection;
  private final long from;
  private final List<String> triggers = new ArrayList<>();
  private final Object[] head = new Object[3];

  /** Keeps the entries from sequence number {@code from} on and the head, then drops the guards. */
  Tampering(DataSource dataSource, long from) throws SQLException {
    this.connection = dataSource.getConnection();
    this.from = from;
    execute("DROP TEMPORARY TABLE IF EXISTS tampered_entries");
    execute("CREATE TEMPORARY TABLE tampered_entries LIKE ledger_entry");
    execute("INSERT INTO tampered_entries SELECT * FROM ledger_entry WHERE seq_no >= ?", from);
    try (var s = connection.createStatement();
        var r = s.executeQuery("SELECT seq_no, entry_hash, updated_at FROM ledger_head")) {
      r.next();
      for (int i = 0; i < head.length; i++) {
        head[i] = r.getObject(i + 1);
      }
    }
    var names = new ArrayList<String>();
    try (var s = connection.createStatement();
        var r =
            s.executeQuery(
                "SELECT trigger_name FROM information_schema.triggers WHERE"
                    + " event_object_schema = DATABASE() AND event_object_table = 'ledger_entry'")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    for (var name : names) {
      try (var s = connection.createStatement();
          var r = s.executeQuery("SHOW CREATE TRIGGER " + name)) {
        r.next();
        triggers.add(r.getString("SQL Original Statement"));
      }
      execute("DROP TRIGGER " + name);
    }
  }

  int execute(String sql, Object... parameters) throws SQLException {
    try (var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Writes an entry straight into the table, as the application would have written it. */
  void insert(EntryContent content, String hash) throws SQLException {
    execute(
        "INSERT INTO ledger_entry (seq_no, employee_id, training_year, minutes, kind, source_key,"
            + " occurred_at, recorded_at, recorded_by, reason, previous_hash, entry_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        content.sequence(),
        content.employeeId(),
        content.trainingYear(),
        content.minutes(),
        content.kind().name(),
        content.source().toString(),
        Timestamp.from(content.occurredAt()),
        Timestamp.from(content.recordedAt()),
        content.recordedBy(),
        content.reason(),
        content.previousHash(),
        hash);
  }

  /** Puts back the entries and the head as they were kept, then the triggers. */
  @Override
  public void close() throws SQLException {
    try {
      execute(
          "DELETE FROM ledger_entry WHERE seq_no >= ? OR id IN (SELECT id FROM tampered_entries)",
          from);
      execute("INSERT INTO ledger_entry SELECT * FROM tampered_entries");
      execute(
          "UPDATE ledger_head SET seq_no = ?, entry_hash = ?, updated_at = ? WHERE id = 1", head);
      for (var trigger : triggers) {
        execute(trigger);
      }
      execute("DROP TEMPORARY TABLE tampered_entries");
    } finally {
      connection.close();
    }
  }
}
