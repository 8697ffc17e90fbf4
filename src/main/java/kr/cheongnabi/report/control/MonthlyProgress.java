package kr.cheongnabi.report.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * The year's credited hours month by month against the year before, for a unit and everything below
 * it. It reads the monthly totals the ledger keeps ({@code ledger_month_total}, by the unit the
 * employee belonged to when credited), never the ledger itself: one grouped query.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MonthlyProgress {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  /**
   * @param unitId the unit, or {@link StandingTree#WHOLE_ORGANISATION}
   * @param tree the year's tree, which knows the units below it
   */
  public YearProgress of(int year, long unitId, StandingTree tree) {
    var current = new long[12];
    var previous = new long[12];
    var units = tree.subtreeOf(unitId);
    if (unitId != StandingTree.WHOLE_ORGANISATION && units.isEmpty()) {
      return YearProgress.of(year, current, previous, monthsSoFar(year));
    }
    var sql =
        new StringBuilder(
            "SELECT training_year, month_no, SUM(minutes) FROM ledger_month_total"
                + " WHERE training_year IN (?, ?)");
    if (unitId != StandingTree.WHOLE_ORGANISATION) {
      // The ids come from the tree, not from the request.
      sql.append(" AND org_unit_id IN (");
      for (var i = 0; i < units.size(); i++) {
        sql.append(i == 0 ? "" : ",").append(units.get(i).longValue());
      }
      sql.append(')');
    }
    sql.append(" GROUP BY training_year, month_no");
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql.toString())) {
      statement.setInt(1, year);
      statement.setInt(2, year - 1);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          var months = rows.getInt(1) == year ? current : previous;
          months[rows.getInt(2) - 1] = rows.getLong(3);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the monthly totals of " + year + " could not be read", e);
    }
    return YearProgress.of(year, current, previous, monthsSoFar(year));
  }

  private int monthsSoFar(int year) {
    var today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    if (year < today.getYear()) {
      return 12;
    }
    return year == today.getYear() ? today.getMonthValue() : 0;
  }
}
