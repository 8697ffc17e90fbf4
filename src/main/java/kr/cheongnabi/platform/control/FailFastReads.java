package kr.cheongnabi.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Reads that lost their connection fail at once. EclipseLink by default tries such a read again
 * three times, five seconds apart, so with the database down every page waited about ten seconds
 * before it could say so (503, {@code DatabaseOutageFilter}). The pool already bounds the wait for
 * a connection ({@link Database}); a retry would only find the same database down, and a database
 * that comes back is used again by the next request, since the pool validates each connection.
 */
public class FailFastReads implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    var login = session.getLogin();
    login.setQueryRetryAttemptCount(0);
    login.setDelayBetweenConnectionAttempts(0);
  }
}
