package kr.cheongnabi.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that calls the running application from outside, as a browser or another system would, on
 * the server that every integration test of the run shares ({@link Deployments}). Each test has its
 * own connection to the test database to make its data, with names no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ClientTest {

  /** The password of every sign-in a client test opens. */
  protected static final String PASSWORD = "client-test-42";

  /** The application's address, ending in a slash. */
  @ArquillianResource protected URL base;

  protected TestData data;

  @BeforeEach
  protected final void openTestData() {
    data = new TestData();
  }

  @AfterEach
  protected final void closeTestData() throws Exception {
    data.close();
  }

  /** A new sign-in with {@link #PASSWORD} and the given roles (EMPLOYEE always); its username. */
  protected final String account(String prefix, Long employeeId, String... roles) {
    var username = TestData.unique(prefix).toLowerCase();
    data.account(username, PASSWORD, employeeId, roles);
    return username;
  }
}
