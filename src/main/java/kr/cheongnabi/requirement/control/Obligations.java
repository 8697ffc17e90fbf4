package kr.cheongnabi.requirement.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * Keeps {@code obligation} (what each employee owes in a year) equal to the rule of {@link
 * OwedMinutes}: for one employee after an edit, for a whole year after the requirement or the
 * roster changed and every night, and at start-up for those who have none. A year goes in chunks of
 * {@value #CHUNK} employees, each in its own transaction, so no lock is held for long; a chunk that
 * loses a deadlock to another instance doing the same is simply run again (at start-up too).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Obligations {

  static final int CHUNK = 1000;
  private static final int ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(Obligations.class.getName());

  /** The employee {@code e} had left for good by the given day. */
  static final String LEFT_BY =
      "SELECT 1 FROM employment_period p WHERE p.employee_id = e.id AND p.status = 'LEFT'"
          + " AND p.end_date IS NULL AND p.start_date <= ?";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject RequirementBook requirements;
  @Inject ObligationChunks chunks;
  @Inject ObligationRuns runs;
  @Inject JobHeartbeat heartbeat;
  @Inject Clock clock;

  /**
   * Computes what everyone owes in the year; returns how many employees it went through. A run
   * started meanwhile (on this or another instance) takes over, and this one stops early.
   */
  public int recomputeYear(int year, String startedBy) {
    var requirement = requirements.requirementOf(year);
    var started = System.nanoTime();
    var runId = chunks.start(year, startedBy);
    heartbeat.started(ObligationRunLease.KIND, runId);
    try {
      return goThrough(requirement, runId, started);
    } catch (RuntimeException e) {
      try {
        runs.failed(year, runId, e.getMessage(), clock.instant());
      } catch (RuntimeException notKept) {
        e.addSuppressed(notKept);
      }
      throw e;
    } finally {
      heartbeat.finished(ObligationRunLease.KIND, runId);
    }
  }

  private int goThrough(YearRequirement requirement, String runId, long started) {
    var year = requirement.year();
    var done = 0;
    var afterId = 0L;
    while (true) {
      var chunk = next(requirement, afterId, runId, done);
      if (chunk.superseded()) {
        LOG.info(() -> "A newer recomputation of the obligations of " + year + " took over");
        return done;
      }
      if (chunk.employees() == 0) {
        break;
      }
      done += chunk.employees();
      afterId = chunk.lastId();
    }
    chunks.finish(year, runId);
    logComputed(year, done + " employees", started);
    return done;
  }

  @Asynchronous
  public void recomputeYearInBackground(int year, String startedBy) {
    try {
      recomputeYear(year, startedBy);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The obligations of " + year + " could not be computed", e);
    }
  }

  /**
   * Computes the obligations of those employed in the year who have none yet (everyone on a new
   * installation, people added since), leaving every stored row as it is; returns how many.
   */
  public int completeYear(int year) {
    var requirement = requirements.requirementOf(year);
    var started = System.nanoTime();
    var done = 0;
    var afterId = 0L;
    while (true) {
      var from = afterId;
      var chunk = retried(() -> chunks.missing(requirement, from, CHUNK));
      if (chunk.employees() == 0) {
        break;
      }
      done += chunk.employees();
      afterId = chunk.lastId();
    }
    if (done > 0) {
      logComputed(year, done + " employees who had none,", started);
    }
    return done;
  }

  @Asynchronous
  public void completeYearInBackground(int year) {
    try {
      completeYear(year);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The missing obligations of " + year + " could not be computed", e);
    }
  }

  /** Computes the employee's obligation in the given year and in every year they have one. */
  public void recomputeEmployee(long employeeId, int currentYear) {
    var years = new TreeSet<Integer>();
    years.add(currentYear);
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT training_year FROM obligation WHERE employee_id = ?")) {
      statement.setLong(1, employeeId);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          years.add(rows.getInt(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the years of employee " + employeeId + " are unknown", e);
    }
    for (var year : years) {
      chunks.one(requirements.requirementOf(year), employeeId);
    }
  }

  /** Whether someone employed in the year has no obligation in it yet. */
  public boolean missing(int year) {
    var trainingYear = new TrainingYear(year);
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT 1 FROM employee e WHERE e.hire_date <= ? AND NOT EXISTS ("
                    + LEFT_BY
                    + ") AND NOT EXISTS (SELECT 1 FROM obligation o"
                    + " WHERE o.training_year = ? AND o.employee_id = e.id) LIMIT 1")) {
      statement.setObject(1, LocalDate.of(trainingYear.value(), 12, 31));
      statement.setObject(2, LocalDate.of(trainingYear.value(), 1, 1));
      statement.setInt(3, year);
      try (var rows = statement.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the obligations of " + year + " could not be checked", e);
    }
  }

  /** The last recomputation of the year, if there was one. */
  public Optional<RecomputeProgress> progress(int year) {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT started_by, started_at, total_employees, done_employees, finished_at,"
                    + " failure FROM obligation_run WHERE training_year = ?")) {
      statement.setInt(1, year);
      try (var rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        var finished = rows.getTimestamp(5);
        return Optional.of(
            new RecomputeProgress(
                year,
                rows.getString(1),
                korea(rows.getTimestamp(2)),
                rows.getInt(3),
                rows.getInt(4),
                finished == null ? null : korea(finished),
                rows.getString(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the progress of " + year + " could not be read", e);
    }
  }

  private ObligationChunks.Chunk next(
      YearRequirement requirement, long afterId, String runId, int done) {
    return retried(() -> chunks.next(requirement, afterId, CHUNK, runId, done));
  }

  /**
   * Runs a chunk, again when it failed. A credit never deadlocks with a chunk (both take the
   * ledger's head first, see ObligationChunks); another instance writing the same rows at once (two
   * instances starting, two runs) still can make the database pick this chunk to undo.
   */
  private static ObligationChunks.Chunk retried(Supplier<ObligationChunks.Chunk> chunk) {
    for (var attempt = 1; ; attempt++) {
      try {
        return chunk.get();
      } catch (EJBException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.log(Level.FINE, "A chunk of obligations is retried", e);
      }
    }
  }

  private static void logComputed(int year, String whom, long started) {
    var millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(() -> "Obligations of " + year + " computed for " + whom + " in " + millis + " ms");
  }

  private static LocalDateTime korea(Timestamp utc) {
    return LocalDateTime.ofInstant(utc.toInstant(), TrainingYear.KOREA);
  }
}
