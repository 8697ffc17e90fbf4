package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The check every browser journey ends with catches what it is there for (no server needed). */
class AccessibilityCheckIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start("http://localhost", "en");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aPageThatMeetsWcagPasses() {
    show(
        """
        <main><h1>Sign in</h1><label for="name">Name</label><input id="name">
        <button style="background:#1565c0;color:#fff">Continue</button></main>
        """);
    assertEquals(List.of(), browser.accessibilityViolations());
  }

  @Test
  void faintTextAndAnUnlabelledCheckboxFail() {
    show(
        """
        <main><h1>Follow-up</h1><input type="checkbox" id="row0">
        <button style="background:#2196f3;color:#fff">Confirm</button></main>
        """);
    var found = String.join("\n", browser.accessibilityViolations());
    assertTrue(found.contains(": label (critical") && found.contains("#row0"), found);
    assertTrue(found.contains(": color-contrast (serious") && found.contains("button"), found);
  }

  @Test
  void whatAppearsAfterAClickIsCheckedToo() {
    show(
        """
        <main><h1>Quiz</h1><button id="more" style="background:#1565c0;color:#fff"
          onclick="document.getElementById('panel').hidden = false">More</button>
        <div id="panel" hidden><span role="button" id="toggle" tabindex="0"><a href="#">O</a></span></div></main>
        """);
    browser.driver().findElement(By.id("more")).click();
    var found = String.join("\n", browser.accessibilityViolations());
    assertTrue(found.contains("nested-interactive (serious"), found);
    // The page before the click (seen by the listener) and after it: two states.
    assertTrue(browser.accessibilityCost().startsWith("axe-core checked 2 page states"));
  }

  private void show(String body) {
    var page = "<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body>" + body;
    browser
        .driver()
        .get(
            "data:text/html;charset=utf-8,"
                + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
  }
}
