package kr.cheongnabi.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import javax.sql.DataSource;
import kr.cheongnabi.platform.control.Database;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the application, on the server that every integration test of the run
 * shares ({@link Deployments}), and calls its beans directly. Each test makes its own data through
 * the application's datasource, with names no other test uses, and may race requests on the
 * server's executor. In-container tests run one after the other, on the one thread that Arquillian
 * keeps its state on ({@link TheServer}).
 */
@ExtendWith({ArquillianExtension.class, ServerUp.class})
public abstract class InContainerTest {

  /** The server's threads, for requests that race each other ({@link Race}). */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  protected ManagedExecutorService executor;

  @Resource(lookup = Database.JNDI_NAME)
  protected DataSource dataSource;

  protected TestData data;

  @BeforeEach
  protected final void openTestData() {
    data = new TestData(dataSource);
  }

  @AfterEach
  protected final void closeTestData() throws Exception {
    data.close();
  }
}
