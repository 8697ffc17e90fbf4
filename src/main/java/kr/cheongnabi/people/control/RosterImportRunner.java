package kr.cheongnabi.people.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;

/**
 * Runs one roster import: every row is validated first; a file with any problem is rejected with
 * all of them, and a valid file is written in one transaction, so nothing is ever half-imported.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class RosterImportRunner {

  private static final Logger LOG = Logger.getLogger(RosterImportRunner.class.getName());
  private static final int TIMEOUT_SECONDS = 900;
  private static final int PROGRESS_EVERY = 5000;

  @Resource UserTransaction transaction;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject RosterImportJobs jobs;
  @Inject Event<RosterImported> imported;

  /** Imports the roster kept in the file content, and deletes that file when done. */
  public void run(long id, String fileName, Path content) {
    try {
      var file =
          new RosterFileReader()
              .read(content, fileName, unitCodes()::contains, dutyAreaCodes()::contains);
      var charset = file.charset().name();
      if (!file.isValid()) {
        jobs.reject(id, charset, file.problems());
        return;
      }
      jobs.validated(id, charset, file.rows().size());
      transaction.setTransactionTimeout(TIMEOUT_SECONDS);
      transaction.begin();
      RosterCounts counts;
      try (var connection = dataSource.getConnection()) {
        counts =
            new RosterWriter()
                .write(
                    connection,
                    file.rows(),
                    processed -> {
                      if (processed % PROGRESS_EVERY == 0) {
                        jobs.progressed(id, processed);
                      }
                    });
      } catch (RosterConflict conflict) {
        rollback();
        jobs.reject(id, charset, conflict.problems());
        return;
      }
      transaction.commit();
      jobs.done(id, counts);
      LOG.info(() -> "Roster " + fileName + " imported: " + counts);
      imported.fire(new RosterImported(id, counts));
    } catch (Exception e) {
      rollback();
      LOG.log(Level.SEVERE, "Roster import " + id + " of " + fileName + " failed", e);
      jobs.fail(id, e.getMessage());
    } finally {
      delete(content);
    }
  }

  private static void delete(Path content) {
    try {
      Files.deleteIfExists(content);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the uploaded roster " + content, e);
    }
  }

  private java.util.Set<String> unitCodes() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return new HashSet<>(RosterWriter.unitIds(connection).keySet());
    }
  }

  private java.util.Set<String> dutyAreaCodes() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return RosterWriter.dutyAreaCodes(connection);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() == Status.STATUS_ACTIVE
          || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
        transaction.rollback();
      }
    } catch (SystemException e) {
      LOG.log(Level.WARNING, "Could not roll back a failed roster import", e);
    }
  }
}
