package kr.cheongnabi.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's accessibility engine) run on the page a browser shows. The pages'
 * Content-Security-Policy refuses a script element added to them, so the engine is evaluated
 * through WebDriver, which the policy does not govern, and the page is asked afterwards whether it
 * is there.
 */
public final class AxeCore {

  /** Carried by Deque's Selenium binding (see the pom); nothing else of the binding is used. */
  private static final String SCRIPT = "axe.min.js";

  private static final String SOURCE = load();

  /**
   * Every rule but the experimental ones, once the page's animations have ended (at most a second):
   * a date picker's popup fading in is not yet at its colours. One that never ends (a spinner) is
   * not waited for. Frames are left out (a lesson's PDF is a sandboxed frame that no script enters,
   * and axe would wait for an answer from it).
   */
  private static final String RUN =
      """
      const done = arguments[arguments.length - 1];
      const settled = Promise.race([
        Promise.all(document.getAnimations()
          .filter(a => a.playState === 'running' && a.effect
            && a.effect.getComputedTiming().endTime !== Infinity)
          .map(a => a.finished.catch(() => null))),
        new Promise(wait => setTimeout(wait, 1000))]);
      settled.then(() => axe.run(document, {resultTypes: ['violations'], iframes: false}))
        .then(results => done(results.violations.map(v => ({
          rule: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => n.target.flat(Infinity).join(' '))}))))
        .catch(e => done('axe-core failed: ' + e));
      """;

  private AxeCore() {}

  /** What axe-core finds on the page, of every impact. */
  @SuppressWarnings("unchecked")
  public static List<AxeViolation> analyse(JavascriptExecutor page) {
    if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
      var version = page.executeScript(SOURCE + "\n;return window.axe && window.axe.version;");
      if (version == null) {
        throw new IllegalStateException("axe-core did not load on the page");
      }
    }
    var answer = page.executeAsyncScript(RUN);
    if (!(answer instanceof List<?> violations)) {
      throw new IllegalStateException(String.valueOf(answer));
    }
    return violations.stream().map(v -> AxeViolation.of((Map<String, Object>) v)).toList();
  }

  private static String load() {
    try (var source = AxeCore.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      return new String(required(source, SCRIPT).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream required(InputStream stream, String what) {
    if (stream == null) {
      throw new IllegalStateException(what + " is not on the test class path");
    }
    return stream;
  }
}
