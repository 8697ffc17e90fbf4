package kr.cheongnabi.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system (Debian's chromium and chromium-driver); nothing is downloaded
 * at run time. Screenshots land in target/screenshots for a person to look at. axe-core checks
 * every page it shows ({@link AccessibilityWatch}).
 *
 * <p>Starting Chromium costs a second or two, so the run keeps the ones it started: a journey that
 * ends hands its Chromium back emptied (a new tab, no cookies, no stored data) and the next journey
 * in that language takes it. Each journey still has a Chromium to itself.
 */
public final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** How often a wait looks again: Selenium's default half second adds up over a run. */
  private static final Duration POLLING = Duration.ofMillis(50);

  private static final Map<String, Deque<ChromeDriver>> IDLE = new ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
  }

  private final ChromeDriver chrome;
  private final String language;
  private final WebDriver driver;
  private final AccessibilityWatch accessibility;
  private final String base;

  private Browser(ChromeDriver chrome, String baseUrl, String language) {
    this.chrome = chrome;
    this.language = language;
    accessibility = new AccessibilityWatch(chrome, language);
    driver = new EventFiringDecorator<WebDriver>(accessibility).decorate(chrome);
    base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * A browser for one journey on the application at this address, asking for pages in this
   * language: a Chromium of the run's that no journey is using, or a new one.
   */
  public static Browser start(String baseUrl, String language) {
    var idle = IDLE.computeIfAbsent(language, any -> new ConcurrentLinkedDeque<>()).poll();
    var chrome = idle != null ? idle : launch(language);
    chrome.manage().logs().get(LogType.BROWSER); // what the last journey left in the console
    return new Browser(chrome, baseUrl, language);
  }

  private static ChromeDriver launch(String language) {
    var options = new ChromeOptions();
    options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    var logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  private static void quitIdle() {
    IDLE.values().forEach(idle -> idle.forEach(ChromeDriver::quit));
  }

  /** A wait on this browser that looks again every 50 ms. */
  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout, POLLING);
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Shows the pages at this size in CSS pixels from now on; as a phone, the page's viewport meta
   * tag counts and the screen is as narrow as the window, as on a real one.
   */
  public void viewport(int width, int height, boolean phone) {
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
  }

  /** Whether the page shown is wider than the window, so that it scrolls sideways. */
  public boolean scrollsSideways() {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public String path() {
    var url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return waitFor(css);
  }

  public WebElement waitFor(String css) {
    return waiting(Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /**
   * Waits until a field holds a value. Faces re-renders replace elements, so an element found a
   * moment ago may be gone: look it up afresh on each try.
   */
  public void waitForValue(String css, String value) {
    waiting(Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> value.equals(d.findElement(By.cssSelector(css)).getAttribute("value")));
  }

  public void waitForText(String css, String text) {
    waiting(Duration.ofSeconds(60))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  /** Replaces what a field holds; select-all first, because clear() misses masked inputs. */
  public void type(String css, String text) {
    var field = find(css);
    field.clear();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  public void signIn(String username, String password) {
    type("#login\\:username", username);
    type("#login\\:password", password);
    find("#login\\:signIn").click();
  }

  /** Signs out and waits for the sign-in page, so the next step starts from a closed session. */
  public void signOut() {
    openMenuOnAPhone();
    find("#signOut\\:signOutButton").click();
    waiting(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("signedOut=true"));
    waitFor("#login\\:username");
  }

  /**
   * Starts the quiz from its page, answers its one statement O, finishes it and sees the result.
   */
  public void answerOnceWithO(String quizKey) {
    open("/me/quiz.xhtml?quiz=" + quizKey);
    find("#take\\:start").click();
    find("#take\\:yes").click();
    find("#take\\:finish").click();
    waitFor("#result");
  }

  /** On a phone the header's links and sign-out sit behind the menu button: opens it if closed. */
  public void openMenuOnAPhone() {
    var button = driver.findElements(By.id("menuButton"));
    if (!button.isEmpty()
        && button.get(0).isDisplayed()
        && !"true".equals(button.get(0).getAttribute("aria-expanded"))) {
      button.get(0).click();
    }
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the pages' Content-Security-Policy refused since the last call (the browser's console): a
   * script or handler the policy does not allow would silently not run.
   */
  public List<String> contentSecurityViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  /**
   * What axe-core found serious or critical on the pages shown so far, the one shown now included:
   * each page with the rule and a few of the nodes that break it.
   */
  public List<String> accessibilityViolations() {
    accessibility.checkNow();
    if (accessibility.checkedNothing()) {
      return List.of("axe-core could check none of the pages shown");
    }
    return accessibility.violations();
  }

  /** How many page states axe-core checked, and in how long. */
  public String accessibilityCost() {
    return accessibility.cost();
  }

  /**
   * Ends the journey: the Chromium goes back to the run emptied, with one new tab (no page, no
   * session storage, no size set by {@link #viewport}), no cookies and no stored data; one that no
   * longer answers is quit.
   */
  @Override
  public void close() {
    try {
      var fresh = chrome.switchTo().newWindow(WindowType.TAB).getWindowHandle();
      for (var handle : chrome.getWindowHandles()) {
        if (!handle.equals(fresh)) {
          chrome.switchTo().window(handle).close();
        }
      }
      chrome.switchTo().window(fresh);
      chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      chrome.executeCdpCommand(
          "Storage.clearDataForOrigin",
          Map.of(
              "origin",
              URI.create(base).resolve("/").toString().replaceAll("/$", ""),
              "storageTypes",
              "local_storage,indexeddb,websql,service_workers,cache_storage"));
      IDLE.get(language).push(chrome);
    } catch (WebDriverException | IllegalArgumentException gone) {
      chrome.quit();
    }
  }
}
