package kr.cheongnabi.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey through the application in a headless browser of its own, in the given language. */
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
    browser.close();
  }
}
