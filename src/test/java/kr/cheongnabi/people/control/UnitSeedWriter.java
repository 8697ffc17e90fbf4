package kr.cheongnabi.people.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Writes a generated organisation's units, parents before children, in the caller's transaction.
 */
public final class UnitSeedWriter {

  private UnitSeedWriter() {}

  public static void write(Connection connection, List<UnitSeed> units) throws SQLException {
    var ids = RosterWriter.unitIds(connection);
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO org_unit (code, name_ko, name_en, parent_id, version)"
                + " VALUES (?, ?, ?, ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      for (var unit : units) {
        insert.setString(1, unit.code());
        insert.setString(2, unit.nameKo());
        insert.setString(3, unit.nameEn());
        if (unit.parentCode() == null) {
          insert.setNull(4, Types.BIGINT);
        } else {
          insert.setLong(4, ids.get(unit.parentCode()));
        }
        insert.executeUpdate();
        try (var keys = insert.getGeneratedKeys()) {
          keys.next();
          ids.put(unit.code(), keys.getLong(1));
        }
      }
    }
  }
}
