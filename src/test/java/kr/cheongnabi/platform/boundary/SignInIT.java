package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.Deployments;
import kr.cheongnabi.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Signing in, in a real browser: refusals, lock-out, roles, returning to the page asked for. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  private static final String PASSWORD = "correct-horse-42";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private TestData data;
  private Browser browser;
  private String employeeNumber;
  private String employee;
  private String hr;

  @BeforeEach
  void createPeople() {
    data = new TestData();
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    employeeNumber = TestData.unique("E");
    employee = TestData.unique("emp").toLowerCase();
    hr = TestData.unique("hr").toLowerCase();
    data.account(employee, PASSWORD, data.employee(employeeNumber, "김청렴", unit));
    data.account(hr, PASSWORD, null, "HR");
    browser = new Browser(base.toString(), "en");
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
    data.close();
  }

  @Test
  void wrongPasswordIsRefusedWithAMessage() {
    browser.open("/");
    browser.signIn(employee, "not-the-password");
    browser.waitFor(".ui-messages-error");
    assertTrue(browser.text().contains("Sign-in refused"), browser.text());
    assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    browser.screenshot("sign-in-refused");
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
    browser.open("/");
    for (int i = 0; i < 5; i++) {
      browser.signIn(hr, "wrong-" + i);
      browser.waitFor(".ui-messages-error");
    }
    browser.signIn(hr, PASSWORD);
    browser.waitFor(".ui-messages-error");
    assertTrue(browser.path().startsWith("/login.xhtml"), browser.path());
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM security_event WHERE kind = 'LOCKED_OUT' AND username = '"
                + hr
                + "'"));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM security_event WHERE kind = 'REFUSED_WHILE_LOCKED'"
                + " AND username = '"
                + hr
                + "'"));
  }

  @Test
  void anEmployeeSeesTheirOwnRecordAndIsRefusedHrPages() {
    browser.open("/me/profile.xhtml");
    browser.signIn(employee, PASSWORD);
    browser.waitFor("#number");
    assertEquals("/me/profile.xhtml", browser.path());
    assertEquals(employeeNumber, browser.find("#number").getText());
    assertEquals("김청렴", browser.find("#name").getText());
    assertTrue(browser.driver().findElements(By.linkText("Employees")).isEmpty());

    browser.open("/hr/employees.xhtml");
    browser.waitForText("main", "You do not have access to this page");
    browser.screenshot("employee-403");
  }

  @Test
  void signingInReturnsToThePageAskedForWithANewSessionId() {
    browser.open("/hr/org.xhtml");
    assertTrue(browser.path().startsWith("/login.xhtml?continue="), browser.path());
    var before = browser.driver().manage().getCookieNamed("JSESSIONID");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#org\\:tree");
    assertEquals("/hr/org.xhtml", browser.path());
    var after = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertTrue(after.isHttpOnly(), "the session cookie is HttpOnly");
    assertEquals("Lax", after.getSameSite());
    if (before != null) {
      assertNotEquals(before.getValue(), after.getValue(), "sign-in changes the session id");
    }
  }

  @Test
  void anExpiredSessionSendsTheAjaxRequestToSignInAndBack() {
    browser.open("/hr/employees.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#employees\\:searchButton");
    browser.driver().manage().deleteCookieNamed("JSESSIONID");

    browser.find("#employees\\:searchButton").click();
    browser.waitFor("#login\\:username");
    assertTrue(browser.text().contains("Please sign in to continue"), browser.text());
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#employees\\:searchButton");
    assertEquals("/hr/employees.xhtml", browser.path());
  }

  @Test
  void theLanguageFollowsTheBrowserAndTheChoiceIsRemembered() {
    try (var korean = new Browser(base.toString(), "ko")) {
      korean.open("/");
      korean.waitForText("h1", "로그인");
      korean.signIn(employee, PASSWORD);
      korean.waitForText("h1", "홈");
      korean.find("#language\\:toEnglish").click();
      korean.waitForText("h1", "Home");
      korean.find("#signOut\\:signOutButton").click();
      korean.waitForText("h1", "Sign in");
    }
  }

  @Test
  void anAdministratorOpensASignInForAnEmployeeWhoThenSignsIn() {
    var admin = TestData.unique("adm").toLowerCase();
    data.account(admin, PASSWORD, null, "ADMIN");
    var unit = data.unit(TestData.unique("U"), "감사위원회", "Audit Committee");
    var number = TestData.unique("E");
    data.employee(number, "정나비", unit);
    var newcomer = TestData.unique("new").toLowerCase();

    browser.open("/admin/accounts.xhtml");
    browser.signIn(admin, PASSWORD);
    browser.type("#open\\:username", newcomer);
    browser.type("#open\\:employeeNumber", number);
    browser.type("#open\\:password", "first-password-9");
    browser.find("#open\\:newRoles label").click();
    browser.find("#open\\:openButton").click();
    browser.waitForText(".ui-messages-info", "Sign-in " + newcomer + " opened");
    browser.screenshot("admin-opened-sign-in");
    browser.signOut();

    browser.open("/me/profile.xhtml");
    browser.signIn(newcomer, "first-password-9");
    browser.waitFor("#number");
    assertEquals(number, browser.find("#number").getText());
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.username = '"
                + newcomer
                + "' AND r.role = 'TRAINER'"));
  }

  @Test
  void aPersonChangesTheirPasswordAndSignsInWithTheNewOne() {
    browser.open("/me/password.xhtml");
    browser.signIn(employee, PASSWORD);
    browser.type("#password\\:current", PASSWORD);
    browser.type("#password\\:replacement", "a-new-password-7");
    browser.type("#password\\:confirmation", "a-new-password-7");
    browser.find("#password\\:change").click();
    browser.waitForText(".ui-messages-info", "Your password has been changed");
    browser.signOut();
    browser.signIn(employee, "a-new-password-7");
    browser.waitForText("h1", "Home");
  }
}
