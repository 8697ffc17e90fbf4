package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

class FailFastReadsTest {

  @Test
  void aReadThatLostItsConnectionIsNotTriedAgain() {
    var session = new Project(new DatabaseLogin()).createDatabaseSession();

    new FailFastReads().customize(session);

    assertEquals(0, session.getLogin().getQueryRetryAttemptCount());
    assertEquals(0, session.getLogin().getDelayBetweenConnectionAttempts());
  }
}
