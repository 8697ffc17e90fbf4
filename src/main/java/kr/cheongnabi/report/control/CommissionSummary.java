package kr.cheongnabi.report.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.Role;

/**
 * The year-end summary in the shape institutions report to the national anti-corruption commission
 * (국민권익위원회 청렴교육 실적). Like the gap report it reads the maintained totals only: one grouped query per
 * unit over what is owed and what is credited, rolled up to the top-level units.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CommissionSummary {

  private static final String UNIT_FIGURES =
      "SELECT o.org_unit_id, SUM(o.owed_minutes > 0),"
          + " SUM(o.owed_minutes > 0 AND o.credited_minutes > 0), SUM("
          + GapFilter.MET_TARGET.condition()
          + "), SUM("
          + GapFilter.BELOW_FLOOR.condition()
          + "), SUM(o.credited_minutes), SUM(COALESCE(t.module_minutes + t.quiz_minutes, 0)),"
          + " SUM(COALESCE(t.in_person_minutes, 0)), SUM(COALESCE(t.external_minutes, 0))"
          + " FROM obligation o LEFT JOIN ledger_total t ON t.employee_id = o.employee_id"
          + " AND t.training_year = o.training_year"
          + " WHERE o.training_year = ? GROUP BY o.org_unit_id";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject GapReport report;

  public CommissionReport of(int year) {
    var own = unitFigures(year);
    var tree = report.tree(year);
    var rows = new ArrayList<CommissionRow>();
    var total = CommissionRow.empty("", null);
    for (var top : tree.childrenOf(StandingTree.WHOLE_ORGANISATION)) {
      var row = CommissionRow.empty(top.code(), top.name());
      for (var unitId : tree.subtreeOf(top.unitId())) {
        var figures = own.get(unitId);
        if (figures != null) {
          row = row.plus(figures);
        }
      }
      rows.add(row);
      total = total.plus(row);
    }
    return new CommissionReport(year, rows, total);
  }

  private Map<Long, CommissionRow> unitFigures(int year) {
    var own = new HashMap<Long, CommissionRow>();
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(UNIT_FIGURES)) {
      statement.setInt(1, year);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          own.put(
              rows.getLong(1),
              new CommissionRow(
                  "",
                  null,
                  rows.getInt(2),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getInt(5),
                  rows.getLong(6),
                  rows.getLong(7),
                  rows.getLong(8),
                  rows.getLong(9)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the commission summary of " + year + " could not be read", e);
    }
    return own;
  }
}
