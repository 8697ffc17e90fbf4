package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseTest {

  /** What Connector/J throws when nothing answers: port 1 of this machine refuses. */
  static SQLException refusedConnection() {
    return assertThrows(
        SQLException.class,
        () -> DriverManager.getConnection("jdbc:mysql://127.0.0.1:1/none?connectTimeout=2000"));
  }

  @Test
  void aRefusedConnectionMeansTheDatabaseIsUnreachable() {
    // As a query meets it: Payara's pool wraps the driver's failure, EclipseLink and EJB wrap that.
    var failure =
        new EJBException(
            new PersistenceException(
                new SQLException("Error in allocating a connection", refusedConnection())));

    assertTrue(Database.isUnreachable(failure));
  }

  @Test
  void aBrokenRuleOfTheDatabaseIsNoOutage() {
    var duplicate =
        new PersistenceException(
            new SQLIntegrityConstraintViolationException("Duplicate entry 'kim'", "23000"));

    assertFalse(Database.isUnreachable(duplicate));
    assertFalse(Database.isUnreachable(new IllegalStateException("a bug")));
  }

  @Test
  void aChainOfCausesThatLoopsIsSearchedToAnEnd() {
    var first = new IllegalStateException("first");
    var second = new IllegalStateException("second", first);
    first.initCause(second);

    assertFalse(Database.isUnreachable(first));
  }
}
