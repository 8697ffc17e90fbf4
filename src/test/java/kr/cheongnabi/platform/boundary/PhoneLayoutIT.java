package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages on a phone (390×844, where most employees open the link in an alert mail) and the
 * header's menu: no page scrolls sideways, the header stays one compact row, the tables' rows show
 * their names and buttons on the screen, and the menu groups the pages by area.
 */
class PhoneLayoutIT extends BrowserTest {

  private static final int PHONE_WIDTH = 390;
  private static final int PHONE_HEIGHT = 844;

  /** One row of the header: the brand and the menu button, with their padding. */
  private static final int COMPACT_HEADER = 72;

  PhoneLayoutIT() {
    super("ko");
  }

  @Test
  void everyEmployeePageFitsAPhoneAndTheRowsShowTheirNamesAndButtons() {
    var employee =
        data.employee(
            TestData.unique("E"),
            "한손전화",
            data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office"));
    var learner = account("phone", employee);
    var hr = account("hr", null, "HR");
    var reason = TestData.unique("청렴 리더십 집합교육 출석부 누락분, 감사담당관실 확인 ");
    var sessionTitle = TestData.unique("이해충돌방지법 사례와 실습 대면교육 ");
    var session = data.session(sessionTitle, "시청 별관 3층 대회의실", 7);
    var quizKey = TestData.unique("phone-quiz").toLowerCase();
    data.quiz(quizKey, "휴대전화 퀴즈", new String[] {"PLAIN", "청렴은 중요하다.", "Integrity matters.", "T"});
    var moduleKey = TestData.unique("phone-module").toLowerCase();
    data.module(moduleKey, 60, null, "첫 강의", "둘째 강의");
    browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, true);

    // HR credits the employee's hours with a long reason: what My training's history must show.
    browser.open("/hr/employee.xhtml?id=" + employee);
    browser.signIn(hr, PASSWORD);
    browser.type("#ledger\\:minutes", "90");
    browser.type("#ledger\\:reason", reason);
    browser.find("#ledger\\:correct").click();
    browser.waitForText("#ledger\\:entries", reason);
    browser.signOut();

    browser.open("/me/training.xhtml");
    browser.signIn(learner, PASSWORD);
    for (var page :
        List.of(
            "/index.xhtml",
            "/me/training.xhtml",
            "/me/modules.xhtml",
            "/me/module.xhtml?module=" + moduleKey,
            "/me/quizzes.xhtml",
            "/me/quiz.xhtml?quiz=" + quizKey,
            "/me/cases.xhtml",
            "/me/case.xhtml?case=graft-meal-with-contractor",
            "/me/sessions.xhtml",
            "/me/checkin.xhtml?session=" + session,
            "/me/evidence.xhtml",
            "/me/profile.xhtml",
            "/me/password.xhtml")) {
      fitsThePhone(page, "phone-employee");
    }

    browser.open("/me/training.xhtml");
    var credit = row("training:history", reason);
    onScreen(
        credit.findElement(By.xpath("./td[contains(., '" + reason + "')]")), "what it was for");
    browser.screenshot("phone-employee-training-history");

    browser.open("/me/sessions.xhtml");
    var open = row("mine:open", sessionTitle);
    onScreen(open.findElement(By.xpath("./td[contains(., '" + sessionTitle + "')]")), "the name");
    var register = open.findElement(By.cssSelector("button.register"));
    onScreen(register, "Register");
    register.click();
    browser.waitForText("#mine\\:registered", sessionTitle);
    var registered = row("mine:registered", sessionTitle);
    onScreen(registered.findElement(By.xpath("./td[contains(., '" + sessionTitle + "')]")), "name");
    for (var button : registered.findElements(By.cssSelector(".row-actions .ui-button"))) {
      onScreen(button, "a registered session's button");
    }
    browser.screenshot("phone-employee-sessions-registered");
  }

  @Test
  void hrAndTrainerListsFitAPhoneAndTheTrainersTitlesAWideScreen() {
    var hr = account("hr", null, "HR");
    var trainer = account("trainer", null, "TRAINER");
    var title = TestData.unique("청렴 리더십 대면교육 ");
    data.session(title, "시청 본관 2층 교육장", 3);
    browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
    browser.open("/hr/index.xhtml");
    browser.signIn(hr, PASSWORD);
    for (var page : List.of("/hr/index.xhtml", "/hr/compliance.xhtml")) {
      fitsThePhone(page, "phone-hr");
    }
    browser.signOut();

    browser.open("/trainer/sessions.xhtml");
    browser.signIn(trainer, PASSWORD);
    fitsThePhone("/trainer/sessions.xhtml", "phone-trainer");
    onScreen(
        row("sessions:table", title).findElement(By.cssSelector(".row-actions .ui-button")),
        "Open");

    browser.viewport(1366, 768, false);
    browser.open("/trainer/sessions.xhtml");
    var name =
        row("sessions:table", title).findElement(By.xpath("./td[contains(., '" + title + "')]"));
    assertTrue(
        name.getRect().getWidth() >= 200,
        "the title has room at 1366 px: " + name.getRect().getWidth() + " px");
    browser.screenshot("wide-trainer-sessions");
  }

  @Test
  void theMenuGroupsThePagesByAreaMarksTheCurrentOneAndWorksByKeyboard() {
    var admin = account("admin", null, "ADMIN", "HR", "TRAINER");
    browser.viewport(1366, 768, false);
    browser.open("/hr/compliance.xhtml");
    browser.signIn(admin, PASSWORD);
    browser.waitFor("#report\\:year");
    assertTrue(headerHeight() <= COMPACT_HEADER, "one row at 1366 px: " + headerHeight());
    assertEquals(
        List.of("내 교육", "인사·청렴", "강사", "관리자"),
        browser.driver().findElements(By.cssSelector(".area-toggle")).stream()
            .map(WebElement::getText)
            .toList());
    assertTrue(
        browser.driver().findElements(By.cssSelector(".area-links a")).stream()
            .noneMatch(WebElement::isDisplayed),
        "the areas start closed");

    var hrArea = browser.find("#menuHrButton");
    assertEquals("false", hrArea.getAttribute("aria-expanded"));
    hrArea.click();
    assertEquals("true", hrArea.getAttribute("aria-expanded"));
    var current = browser.find("#menuHr a[aria-current='page']");
    assertEquals("이수 현황", current.getText());
    // In the header; the gap table's paginator marks its page too, when other tests' people fill
    // it.
    var marked = browser.driver().findElements(By.cssSelector(".app-header [aria-current='page']"));
    assertEquals(
        1,
        marked.size(),
        () -> marked.stream().map(e -> e.getAttribute("outerHTML")).toList().toString());
    browser.screenshot("wide-menu-hr-open");

    // By keyboard: Tab into the open list, Escape closes it and gives the focus back.
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals(
        browser.find("#menuHr a"), browser.driver().switchTo().activeElement(), "the first link");
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    assertEquals("false", hrArea.getAttribute("aria-expanded"));
    assertEquals(hrArea, browser.driver().switchTo().activeElement());
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    assertEquals("true", hrArea.getAttribute("aria-expanded"));
    browser.find("#menuTrainerButton").click();
    assertEquals("false", hrArea.getAttribute("aria-expanded"), "one area open at a time");
    browser.find("#menuTrainer a[href*='trainer/sessions']").click();
    browser.waitFor("#sessions\\:table");
    assertEquals(
        "page",
        browser
            .driver()
            .findElement(By.cssSelector("#menuTrainer a[href*='trainer/sessions']"))
            .getAttribute("aria-current"),
        "the page shown is marked, also in a closed area");

    browser.viewport(PHONE_WIDTH, PHONE_HEIGHT, true);
    browser.open("/me/training.xhtml");
    assertTrue(headerHeight() <= COMPACT_HEADER, "one row on a phone: " + headerHeight());
    assertFalse(browser.find("#menuButton").getAttribute("aria-expanded").equals("true"));
    assertFalse(browser.driver().findElement(By.id("signOut:signOutButton")).isDisplayed());
    assertTrue(browser.find("#language\\:toEnglish").isDisplayed(), "the language on the row");
    browser.find("#menuButton").click();
    assertEquals(
        "true",
        browser.find("#menuMineButton").getAttribute("aria-expanded"),
        "the menu opens on the area of the page shown");
    assertEquals("내 교육", browser.find("#menuMine a[aria-current='page']").getText());
    assertTrue(browser.find("#signOut\\:signOutButton").isDisplayed(), "sign-out in the menu");
    browser.screenshot("phone-menu-open");
    browser.find("#menuAdminButton").click();
    browser.find("#menuAdmin a[href*='admin/accounts']").click();
    browser.waitFor("#accounts\\:table");
    assertEquals("/admin/accounts.xhtml", browser.path());
  }

  /** Opens the page and checks it against the phone's width and the header's height. */
  private void fitsThePhone(String page, String screenshot) {
    browser.open(page);
    browser.waitFor("main h1");
    assertFalse(browser.scrollsSideways(), page + " scrolls sideways");
    assertTrue(headerHeight() <= COMPACT_HEADER, page + ": the header is " + headerHeight());
    browser.screenshot(screenshot + page.replaceAll("\\.xhtml.*", "").replace('/', '-'));
  }

  private long headerHeight() {
    return browser.find(".app-header").getRect().getHeight();
  }

  /** Whether the element is shown, has some width, and lies within the window's width. */
  private void onScreen(WebElement element, String what) {
    @SuppressWarnings("unchecked")
    var box =
        (Map<String, Number>)
            script(
                "var r = arguments[0].getBoundingClientRect();"
                    + " return {left: r.left, right: r.right, width: r.width, window: innerWidth};",
                element);
    assertTrue(element.isDisplayed(), what + " is shown");
    assertTrue(box.get("width").doubleValue() >= 40, what + " is wide enough to read: " + box);
    assertTrue(
        box.get("left").doubleValue() >= 0
            && box.get("right").doubleValue() <= box.get("window").doubleValue(),
        what + " lies within the window: " + box);
  }

  /** The row of the table with this client id that contains the text. */
  private WebElement row(String table, String text) {
    return browser
        .find("[id='" + table + "']")
        .findElement(By.xpath(".//tr[contains(., '" + text + "')]"));
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
  }
}
