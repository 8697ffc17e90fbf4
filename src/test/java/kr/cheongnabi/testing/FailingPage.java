package kr.cheongnabi.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import java.sql.SQLNonTransientConnectionException;

/**
 * testing/failing.xhtml, a page of the test deployment only ({@link Deployments}): it fails as the
 * test asks, so that the answer to a failing page can be seen from outside. {@code ?how=outage}
 * fails as a query does when the database cannot be reached (SQLSTATE 08S01, Connector/J's
 * "communications link failure"); any other value fails as a bug does.
 */
@Named
@RequestScoped
public class FailingPage {

  private String how;

  public void fail() {
    if ("outage".equals(how)) {
      throw new PersistenceException(
          new SQLNonTransientConnectionException("Communications link failure", "08S01"));
    }
    throw new IllegalStateException("testing/failing.xhtml fails, as the test asked");
  }

  public String getHow() {
    return how;
  }

  public void setHow(String how) {
    this.how = how;
  }
}
