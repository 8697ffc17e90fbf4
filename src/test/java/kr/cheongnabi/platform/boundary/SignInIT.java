package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Signing in, in a real browser: refusals, lock-out, roles, returning to the page asked for; the
 * administrators' pages; REST calls signing in with HTTP Basic.
 */
class SignInIT extends BrowserTest {

  private String employeeNumber;
  private String employee;
  private String hr;

  SignInIT() {
    super("en");
  }

  @BeforeEach
  void createPeople() {
    var unit = data.unit(TestData.unique("U"), "청렴담당관", "Integrity Office");
    employeeNumber = TestData.unique("E");
    employee = account("emp", data.employee(employeeNumber, "김청렴", unit));
    hr = account("hr", null, "HR");
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
    // Choosing a language keeps it in the session: a session from before sign-in, as one planted
    // by someone else would be.
    browser.open("/");
    browser.find("#language\\:toKorean").click();
    browser.waitForText("h1", "로그인");
    browser.open("/hr/org.xhtml");
    assertTrue(browser.path().startsWith("/login.xhtml?continue="), browser.path());
    var before = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertNotNull(before, "a session before sign-in");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#org\\:tree");
    assertEquals("/hr/org.xhtml", browser.path());
    var after = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertTrue(after.isHttpOnly(), "the session cookie is HttpOnly");
    assertEquals("Lax", after.getSameSite());
    assertNotEquals(before.getValue(), after.getValue(), "sign-in changes the session id");
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
    try (var korean = Browser.start(base.toString(), "ko")) {
      korean.open("/");
      korean.waitForText("h1", "로그인");
      korean.signIn(employee, PASSWORD);
      korean.waitForText("h1", "홈");
      korean.find("#language\\:toEnglish").click();
      korean.waitForText("h1", "Home");
      korean.find("#signOut\\:signOutButton").click();
      korean.waitForText("h1", "Sign in");
      assertEquals(List.of(), korean.accessibilityViolations(), "axe-core on the Korean pages");
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

  @Test
  void anAdministratorVerifiesTheLedgerAndChecksAKeptDigest() {
    var admin = TestData.unique("adm").toLowerCase();
    data.account(admin, PASSWORD, null, "ADMIN", "HR");
    var unit = data.unit(TestData.unique("U"), "감사관", "Inspector General");
    var someone = data.employee(TestData.unique("E"), "한나비", unit);
    browser.open("/hr/employee.xhtml?id=" + someone);
    browser.signIn(admin, PASSWORD);
    browser.type("#ledger\\:minutes", "45");
    browser.type("#ledger\\:reason", "외부 청렴교육 수료증 확인");
    browser.find("#ledger\\:correct").click();
    browser.waitForText(".ui-messages-info", "Correction of 45 minutes");
    var length = data.count("SELECT seq_no FROM ledger_head");
    var hash = data.text("SELECT entry_hash FROM ledger_head");
    assertTrue(length > 0);

    browser.open("/admin/ledger.xhtml");
    browser.waitForText("#length", NumberFormat.getIntegerInstance(Locale.ENGLISH).format(length));
    browser.find("#ledger\\:verify").click();
    browser.waitForText("#ledger\\:verdict", "The ledger is intact");
    var verdict = browser.find("#ledger\\:verdict").getText();
    assertTrue(
        verdict.contains(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(length)), verdict);
    var totals = browser.find("#ledger\\:totalsVerdict").getText();
    assertTrue(totals.startsWith("The kept totals"), totals);
    browser.screenshot("admin-ledger-verified");

    browser.type("#check\\:kept", "{\"sequence\": " + length + ", \"hash\": \"" + hash + "\"}");
    browser.find("#check\\:checkButton").click();
    browser.waitForText("#check\\:digestVerdict", "The digest matches");
    browser.type(
        "#check\\:kept", "{\"sequence\": " + length + ", \"hash\": \"" + "f".repeat(64) + "\"}");
    browser.find("#check\\:checkButton").click();
    browser.waitForText("#check\\:digestVerdict", "rewritten with new hashes");
    browser.screenshot("admin-ledger-digest-differs");

    try (var korean = Browser.start(base.toString(), "ko")) {
      korean.open("/admin/ledger.xhtml");
      korean.signIn(admin, PASSWORD);
      korean.waitFor("#ledger\\:verify");
      korean.find("#ledger\\:verify").click();
      korean.waitForText("#ledger\\:verdict", "원장이 온전합니다");
      korean.screenshot("admin-ledger-verified-ko");
      assertEquals(List.of(), korean.accessibilityViolations(), "axe-core on the Korean pages");
    }
  }

  @Test
  void restCallsSignInWithBasicAndNeedTheirRole() throws Exception {
    var admin = TestData.unique("adm").toLowerCase();
    data.account(admin, PASSWORD, null, "ADMIN");
    var verification = "/api/ledger/verification";

    var anonymous = call("GET", verification, null, null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, call("GET", verification, admin + ":wrong-password", null).statusCode());
    assertEquals(403, call("GET", verification, hr + ":" + PASSWORD, null).statusCode());

    var answer = call("GET", verification, admin + ":" + PASSWORD, null);
    assertEquals(200, answer.statusCode(), answer.body());
    var result = json(answer.body());
    assertTrue(result.getBoolean("intact"), answer.body());
    assertTrue(result.getJsonObject("totals").containsKey("agree"), answer.body());
    assertEquals(
        data.count("SELECT seq_no FROM ledger_head"), result.getJsonNumber("length").longValue());

    var digest = call("GET", "/api/ledger/digest", admin + ":" + PASSWORD, null).body();
    var check = call("POST", "/api/ledger/digest-check", admin + ":" + PASSWORD, digest);
    assertEquals(200, check.statusCode(), check.body());
    assertTrue(json(check.body()).getBoolean("matches"), check.body());
    var unreadable = call("POST", "/api/ledger/digest-check", admin + ":" + PASSWORD, "{}");
    assertEquals(400, unreadable.statusCode());
    assertEquals("ledger.digestUnreadable", json(unreadable.body()).getString("error"));

    var statements = "/api/xapi/statements?since=0&limit=2";
    assertEquals(403, call("GET", statements, admin + ":" + PASSWORD, null).statusCode());
    var page = call("GET", statements, hr + ":" + PASSWORD, null);
    assertEquals(200, page.statusCode(), page.body());
    assertEquals("1.0.3", page.headers().firstValue("X-Experience-API-Version").orElse(""));
    assertTrue(json(page.body()).containsKey("statements"), page.body());
    assertTrue(json(page.body()).containsKey("more"), page.body());
    var tooMany = "/api/xapi/statements?limit=5000";
    assertEquals(400, call("GET", tooMany, hr + ":" + PASSWORD, null).statusCode());
  }

  private HttpResponse<String> call(String method, String path, String user, String body)
      throws Exception {
    var request =
        HttpRequest.newBuilder(base.toURI().resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (user != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
