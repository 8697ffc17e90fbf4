package kr.cheongnabi.requirement.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * The end of an obligation run that did not finish: failed on its instance, or left running by an
 * instance that stopped. Each change commits on its own, for the settings page of every instance.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ObligationRuns {

  static final int FAILURE_LENGTH = 1000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** Stamps the unfinished runs of the ids: their instance is alive. */
  public void beat(List<String> runIds, Instant at) {
    if (runIds.isEmpty()) {
      return;
    }
    var marks = String.join(", ", Collections.nCopies(runIds.size(), "?"));
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "UPDATE obligation_run SET heartbeat_at = ? WHERE finished_at IS NULL"
                    + " AND run_id IN ("
                    + marks
                    + ")")) {
      statement.setTimestamp(1, Timestamp.from(at));
      for (var i = 0; i < runIds.size(); i++) {
        statement.setString(i + 2, runIds.get(i));
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the obligation runs could not be stamped", e);
    }
  }

  /**
   * Marks failed the unfinished runs not stamped since the lease's end.
   *
   * @return how many
   */
  public int expire(Instant leaseEnd, Instant at) {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "UPDATE obligation_run SET finished_at = ?, failure = ? WHERE finished_at IS NULL"
                    + " AND heartbeat_at < ?")) {
      statement.setTimestamp(1, Timestamp.from(at));
      statement.setString(2, JobHeartbeat.STOPPED);
      statement.setTimestamp(3, Timestamp.from(leaseEnd));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the stopped obligation runs could not be marked", e);
    }
  }

  /** Marks the run failed, unless a newer run of the year has taken its place. */
  public void failed(int year, String runId, String reason, Instant at) {
    var text = reason == null || reason.isBlank() ? "unknown failure" : reason.strip();
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "UPDATE obligation_run SET finished_at = ?, failure = ? WHERE training_year = ?"
                    + " AND run_id = ? AND finished_at IS NULL")) {
      statement.setTimestamp(1, Timestamp.from(at));
      statement.setString(
          2, text.length() > FAILURE_LENGTH ? text.substring(0, FAILURE_LENGTH) : text);
      statement.setInt(3, year);
      statement.setString(4, runId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the failure of the run of " + year + " was not kept", e);
    }
  }
}
