package kr.cheongnabi.report.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.requirement.control.ObligationTargets;

/**
 * The gap report of a training year: who owes hours, where, and how many. It reads what is kept up
 * to date elsewhere (what each employee owes in {@code obligation}, what is credited in {@code
 * ledger_total}) and never the ledger itself, so a city of 100,000 is answered in one grouped query
 * and pages of 50.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GapReport {

  private static final String UNIT_FIGURES =
      "SELECT o.org_unit_id, COUNT(*), SUM(o.owed_minutes > 0),"
          + " SUM(o.owed_minutes > 0 AND o.credited_minutes >= o.owed_minutes),"
          + " SUM(o.owed_minutes > 0 AND o.credited_minutes < o.owed_minutes"
          + " AND o.credited_minutes >= o.floor_minutes),"
          + " SUM(o.owed_minutes > 0 AND o.credited_minutes < o.floor_minutes),"
          + " SUM(o.owed_minutes > 0 AND o.face_to_face_required AND NOT "
          + ObligationTargets.FACE_TO_FACE_DONE
          + "), SUM(o.owed_minutes), SUM(o.credited_minutes),"
          + " SUM(GREATEST(o.owed_minutes - o.credited_minutes, 0))"
          + " FROM obligation o WHERE o.training_year = ? GROUP BY o.org_unit_id";

  private static final String EMPLOYEE_COLUMNS =
      "SELECT e.id, e.employee_number, e.name, u.id, u.code, u.name_ko, u.name_en,"
          + " e.employment_type, e.status, o.owed_minutes, o.floor_minutes, o.credited_minutes,"
          + " COALESCE(t.module_minutes + t.quiz_minutes, 0), COALESCE(t.in_person_minutes, 0),"
          + " COALESCE(t.external_minutes, 0), o.face_to_face_required,"
          + " o.face_to_face_required AND "
          + ObligationTargets.FACE_TO_FACE_DONE;

  // The join order is fixed where the optimizer guesses wrong on 100,000 people: a page sorted by
  // minutes walks obligation's index on that column and stops after 50 rows; a page of the whole
  // organisation sorted by name or number walks employee's index, and so does a text search.
  // Without the hint MariaDB starts from the 3,000 units and sorts everyone.
  private static final String OBLIGATION_FIRST =
      " FROM obligation o STRAIGHT_JOIN employee e ON e.id = o.employee_id"
          + " STRAIGHT_JOIN org_unit u ON u.id = o.org_unit_id";
  private static final String EMPLOYEE_FIRST =
      " FROM employee e STRAIGHT_JOIN obligation o ON o.employee_id = e.id"
          + " STRAIGHT_JOIN org_unit u ON u.id = o.org_unit_id";
  private static final String ANY_ORDER =
      " FROM obligation o JOIN employee e ON e.id = o.employee_id"
          + " JOIN org_unit u ON u.id = o.org_unit_id";
  private static final String TOTALS =
      " LEFT JOIN ledger_total t ON t.employee_id = o.employee_id"
          + " AND t.training_year = o.training_year";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Every unit's figures for the year, rolled up from its sub-units. */
  public StandingTree tree(int year) {
    var own = new HashMap<Long, long[]>();
    var units = new ArrayList<UnitStanding>();
    try (var connection = dataSource.getConnection()) {
      try (var statement = connection.prepareStatement(UNIT_FIGURES)) {
        statement.setInt(1, year);
        try (var rows = statement.executeQuery()) {
          while (rows.next()) {
            var figures = new long[9];
            for (var i = 0; i < figures.length; i++) {
              figures[i] = rows.getLong(i + 2);
            }
            own.put(rows.getLong(1), figures);
          }
        }
      }
      try (var statement =
              connection.prepareStatement(
                  "SELECT id, parent_id, code, name_ko, name_en FROM org_unit");
          var rows = statement.executeQuery()) {
        while (rows.next()) {
          var id = rows.getLong(1);
          var parent = rows.getLong(2);
          var parentId = rows.wasNull() ? null : parent;
          var f = own.getOrDefault(id, new long[9]);
          units.add(
              new UnitStanding(
                  id,
                  parentId,
                  rows.getString(3),
                  new Bilingual(rows.getString(4), rows.getString(5)),
                  0,
                  (int) f[0],
                  (int) f[1],
                  (int) f[2],
                  (int) f[3],
                  (int) f[4],
                  (int) f[5],
                  f[6],
                  f[7],
                  f[8]));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the gap report of " + year + " could not be read", e);
    }
    return StandingTree.of(units);
  }

  /** How many employees the query lists. */
  public long count(GapQuery query, StandingTree tree) {
    var sql = new StringBuilder("SELECT COUNT(*) FROM obligation o");
    if (!query.text().isEmpty()) {
      sql.append(" JOIN employee e ON e.id = o.employee_id");
    }
    var parameters = where(query, tree, sql);
    try (var connection = dataSource.getConnection();
        var statement = prepare(connection, sql.toString(), parameters);
        var rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("the gap list could not be counted", e);
    }
  }

  /** One page of the employees the query lists. */
  public List<EmployeeGap> page(GapQuery query, StandingTree tree, int first, int size) {
    var sql = listing(query, tree);
    sql.sql.append(" LIMIT ? OFFSET ?");
    sql.parameters.add(size);
    sql.parameters.add(first);
    var page = new ArrayList<EmployeeGap>(size);
    try (var connection = dataSource.getConnection();
        var statement = prepare(connection, sql.sql.toString(), sql.parameters);
        var rows = statement.executeQuery()) {
      while (rows.next()) {
        page.add(gap(rows));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the gap list could not be read", e);
    }
    return page;
  }

  /**
   * Hands every employee the query lists to the consumer, one row at a time as the database sends
   * them, so an export of 100,000 people does not hold them all in memory.
   */
  public void forEach(GapQuery query, StandingTree tree, Consumer<EmployeeGap> consumer) {
    var sql = listing(query, tree);
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                sql.sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      bind(statement, sql.parameters);
      // Connector/J streams row by row only with this fetch size.
      statement.setFetchSize(Integer.MIN_VALUE);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          consumer.accept(gap(rows));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the gap list could not be read", e);
    }
  }

  private record Sql(StringBuilder sql, List<Object> parameters) {}

  private Sql listing(GapQuery query, StandingTree tree) {
    var sql = new StringBuilder(EMPLOYEE_COLUMNS).append(joins(query)).append(TOTALS);
    var parameters = where(query, tree, sql);
    var direction = query.ascending() ? " ASC" : " DESC";
    // The tie-break runs the same way as the sort, so an index on the sorted column serves both.
    sql.append(" ORDER BY ").append(query.sort().expression()).append(direction);
    sql.append(", ").append(query.sort().tieBreak()).append(direction);
    return new Sql(sql, parameters);
  }

  private static String joins(GapQuery query) {
    if (!query.text().isEmpty()) {
      // The name or number narrows first; the few it leaves are sorted.
      return EMPLOYEE_FIRST;
    }
    if (query.sort().onObligation() || query.unitId() != StandingTree.WHOLE_ORGANISATION) {
      return OBLIGATION_FIRST;
    }
    return query.sort() == GapSort.UNIT ? ANY_ORDER : EMPLOYEE_FIRST;
  }

  private static List<Object> where(GapQuery query, StandingTree tree, StringBuilder sql) {
    var parameters = new ArrayList<Object>();
    sql.append(" WHERE o.training_year = ?");
    parameters.add(query.year());
    if (query.unitId() != StandingTree.WHOLE_ORGANISATION) {
      var units = tree.subtreeOf(query.unitId());
      if (units.isEmpty()) {
        sql.append(" AND FALSE");
      } else {
        sql.append(" AND o.org_unit_id IN (").append("?,".repeat(units.size() - 1)).append("?)");
        parameters.addAll(units);
      }
    }
    if (!query.text().isEmpty()) {
      var escaped = query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      // Text with a digit is the start of a number (the number's index serves it); other text is
      // a part of a name, so a given name finds people too (a read of every name, ~0.1 s for a
      // city of 100,000).
      if (query.text().chars().anyMatch(Character::isDigit)) {
        sql.append(" AND e.employee_number LIKE ?");
        parameters.add(escaped + "%");
      } else {
        sql.append(" AND e.name LIKE ?");
        parameters.add("%" + escaped + "%");
      }
    }
    sql.append(" AND ").append(query.filter().condition());
    return parameters;
  }

  private static PreparedStatement prepare(
      Connection connection, String sql, List<Object> parameters) throws SQLException {
    var statement = connection.prepareStatement(sql);
    bind(statement, parameters);
    return statement;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (var i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }

  private static EmployeeGap gap(ResultSet rows) throws SQLException {
    return new EmployeeGap(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getLong(4),
        rows.getString(5),
        new Bilingual(rows.getString(6), rows.getString(7)),
        EmploymentType.valueOf(rows.getString(8)),
        EmploymentStatus.valueOf(rows.getString(9)),
        rows.getInt(10),
        rows.getInt(11),
        rows.getInt(12),
        rows.getInt(13),
        rows.getInt(14),
        rows.getInt(15),
        rows.getBoolean(16),
        rows.getBoolean(17));
  }
}
