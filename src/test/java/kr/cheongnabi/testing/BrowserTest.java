package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A journey through the application in a headless browser of its own, in the given language. Every
 * journey also checks that the pages' Content-Security-Policy refused nothing on the way.
 */
public abstract class BrowserTest extends ClientTest {

  private final String language;
  protected Browser browser;

  protected BrowserTest(String language) {
    this.language = language;
  }

  @BeforeEach
  protected final void openBrowser() {
    browser = new Browser(base.toString(), language);
  }

  @AfterEach
  protected final void closeBrowser() {
    List<String> refused;
    try {
      refused = browser.contentSecurityViolations();
    } finally {
      browser.close();
    }
    assertEquals(List.of(), refused, "what the Content-Security-Policy refused");
  }
}
