package kr.cheongnabi.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core on each state of a page a journey sees, and keeps what is serious or critical.
 *
 * <p>A page is checked just before the journey acts on it (opens another address, clicks, types,
 * runs a script, takes a screenshot) and once more at the end ({@link #checkNow}): by then the
 * journey has waited for what it came to see, so the page is whole, also after an Ajax update. A
 * state is the address's path with the set of elements shown, told apart by their ids (row numbers
 * left out), so a dialog that opens or a panel that appears is checked again, and a keystroke or
 * the next row of a table is not.
 *
 * <p>A state is checked once per run, in each language and window width: the journeys that come to
 * the same page in the same state afterwards (every journey passes the sign-in page) do not check
 * it again.
 */
public final class AccessibilityWatch implements WebDriverListener {

  /**
   * The state of the page, or null when it is not an HTML page of the site (a PDF, a download, a
   * new window's about:blank).
   */
  private static final String STATE =
      """
      if (!/^(https?|data):$/.test(location.protocol) || !/html/.test(document.contentType)
        || document.readyState === 'loading') return null;
      const shown = new Set();
      for (const e of document.querySelectorAll('[id]')) {
        if (e.getClientRects().length) shown.add(e.id.replace(/[0-9]+/g, '#'));
      }
      return innerWidth + ' ' + location.pathname + ' ' + [...shown].sort().join(',');
      """;

  /** The states checked in this run, by language, width, address and elements shown. */
  private static final Set<String> CHECKED_IN_RUN = ConcurrentHashMap.newKeySet();

  private final JavascriptExecutor page;
  private final String language;
  private final Set<String> checked = new HashSet<>();
  private final Set<String> found = new LinkedHashSet<>();
  private final List<String> failures = new ArrayList<>();
  private long millis;
  private int analysed;
  private boolean pagesSeen;

  AccessibilityWatch(JavascriptExecutor page, String language) {
    this.page = page;
    this.language = language;
  }

  /** Checks the page as it stands, unless this state of it was checked already. */
  void checkNow() {
    String state;
    try {
      state = (String) page.executeScript(STATE);
    } catch (WebDriverException busy) {
      return; // an alert is open or the page is being replaced: the next step checks it
    }
    if (state == null) {
      return;
    }
    pagesSeen = true;
    var inRun = language + ' ' + state;
    if (checked.contains(state) || !CHECKED_IN_RUN.add(inRun)) {
      checked.add(state);
      return;
    }
    var started = System.nanoTime();
    try {
      var where = (String) page.executeScript("return location.pathname + location.search;");
      for (var violation : AxeCore.analyse(page)) {
        if (violation.blocking()) {
          found.add(violation.describe(where));
        }
      }
      checked.add(state);
      analysed++;
    } catch (WebDriverException busy) {
      CHECKED_IN_RUN.remove(inRun);
    } catch (IllegalStateException broken) {
      failures.add(broken.getMessage());
    } finally {
      millis += (System.nanoTime() - started) / 1_000_000;
    }
  }

  /** Each serious or critical violation once, with its page, and whatever kept axe from running. */
  List<String> violations() {
    var all = new ArrayList<String>(failures);
    all.addAll(found);
    return all;
  }

  /** How many states of pages were checked, and in how long: what the check costs the suite. */
  String cost() {
    return "axe-core checked "
        + analysed
        + " page states in "
        + millis
        + " ms ("
        + (checked.size() - analysed)
        + " more were checked earlier in the run)";
  }

  /** Whether it saw a page but could check none: axe-core did not run, and found nothing. */
  boolean checkedNothing() {
    return pagesSeen && checked.isEmpty();
  }

  @Override
  public void beforeGet(WebDriver driver, String url) {
    checkNow();
  }

  @Override
  public void beforeTo(WebDriver.Navigation navigation, String url) {
    checkNow();
  }

  @Override
  public void beforeBack(WebDriver.Navigation navigation) {
    checkNow();
  }

  @Override
  public void beforeRefresh(WebDriver.Navigation navigation) {
    checkNow();
  }

  @Override
  public void beforeClick(WebElement element) {
    checkNow();
  }

  @Override
  public void beforeSubmit(WebElement element) {
    checkNow();
  }

  @Override
  public void beforeSendKeys(WebElement element, CharSequence... keys) {
    checkNow();
  }

  @Override
  public void beforeExecuteScript(WebDriver driver, String script, Object[] args) {
    checkNow();
  }

  @Override
  public <X> void beforeGetScreenshotAs(WebDriver driver, OutputType<X> target) {
    checkNow();
  }

  @Override
  public void beforeClose(WebDriver driver) {
    checkNow();
  }
}
