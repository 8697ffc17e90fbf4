package kr.cheongnabi.testing;

import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test SMTP port (MAIL_PORT), where a test starts GreenMail to read the mail the application
 * sends: inside the server (an in-container test) or in the test's own JVM (a client test). A test
 * class that does so extends with this, and holds the port for each of its tests; tests of the two
 * kinds run side by side, so they take turns.
 *
 * <p>Not a JUnit {@code @ResourceLock}: JUnit takes those before a test class starts, so a client
 * test holding one would wait for the server while the in-container test that boots the server
 * waits for the lock. This is taken test by test, once the classes have started.
 */
public final class MailPort implements BeforeEachCallback, AfterEachCallback {

  private static final Semaphore FREE = new Semaphore(1, true);

  @Override
  public void beforeEach(ExtensionContext context) throws InterruptedException {
    FREE.acquire();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FREE.release();
  }
}
