package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A journey through the application in a headless browser of its own, in the given language. Every
 * journey also checks that the pages' Content-Security-Policy refused nothing on the way, and that
 * axe-core found nothing serious or critical on any page it showed (WCAG 2.1 AA, as KWCAG asks).
 */
public abstract class BrowserTest extends ClientTest {

  private final String language;
  protected Browser browser;

  protected BrowserTest(String language) {
    this.language = language;
  }

  @BeforeEach
  protected final void openBrowser() {
    browser = Browser.start(base.toString(), language);
  }

  @AfterEach
  protected final void closeBrowser() {
    List<String> inaccessible;
    List<String> refused;
    try {
      inaccessible = browser.accessibilityViolations();
      refused = browser.contentSecurityViolations();
      System.out.println(browser.accessibilityCost());
    } finally {
      browser.close();
    }
    assertEquals(List.of(), refused, "what the Content-Security-Policy refused");
    assertEquals(List.of(), inaccessible, "what axe-core found serious or critical");
  }
}
