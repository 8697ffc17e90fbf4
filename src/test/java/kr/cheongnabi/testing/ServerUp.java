package kr.cheongnabi.testing;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Whether the run's Payara Micro is up, for the client tests that wait for it ({@link TheServer}).
 * As an extension it follows Arquillian's on {@link InContainerTest}, so it says "up" once
 * Arquillian has booted the server for the first in-container test.
 */
public final class ServerUp implements BeforeAllCallback {

  private static final CountDownLatch UP = new CountDownLatch(1);

  static void now() {
    UP.countDown();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    now();
  }

  /** Its address, ending in a slash, once it is up (waiting for it at most ten minutes). */
  static URL address() {
    try {
      if (!UP.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException("Payara Micro was not up after ten minutes");
      }
      return URI.create("http://localhost:" + System.getProperty("test.http.port") + "/").toURL();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
