package kr.cheongnabi.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Segregation of duties in the browser: an HR officer is offered neither the decision of their own
 * external-training claim nor the correction of their own hours, a request crafted to correct them
 * anyway is refused with a clear message, and administrators see who tried.
 */
class OwnHoursIT extends BrowserTest {

  private long unit;
  private long officer;
  private String officerName;

  OwnHoursIT() {
    super("en");
  }

  @BeforeEach
  void anHrOfficerWhoIsAnEmployee() {
    unit = data.unit(TestData.unique("U"), "인사과", "Personnel");
    officer = data.employee(TestData.unique("E"), "최인사", unit);
    officerName = account("hrself", officer, "HR");
  }

  @Test
  void anHrOfficersOwnClaimIsListedWithoutTheDecisionButtons() {
    var title = TestData.unique("Integrity leadership ");
    // Submitted long ago, so that it is on the first page of the claims waiting.
    data.execute(
        ("INSERT INTO evidence_claim (employee_id, title, provider, taken_on, training_year,"
                + " minutes, state, submitted_at, certificate_name, certificate_type,"
                + " certificate_size) VALUES (%d, '%s', 'ACRC', '2001-05-02', 2001, 2400,"
                + " 'SUBMITTED', '2001-05-03 00:00:00', 'c.pdf', 'application/pdf', 9)")
            .formatted(officer, title));
    browser.open("/hr/evidence.xhtml");
    browser.signIn(officerName, PASSWORD);
    browser.waitForText("#review\\:pending", title);
    var row = row("review:pending", title);
    assertTrue(row.getText().contains("Your own claim: another HR officer decides it"));
    assertEquals(0, row.findElements(By.cssSelector("button.approve, button.reject")).size());
    browser.screenshot("evidence-own-claim");
  }

  @Test
  void refusesHrOfficerCorrectingOwnHoursEvenByACraftedRequestAndShowsWhoTried() {
    browser.open("/hr/employee.xhtml?id=" + officer);
    browser.signIn(officerName, PASSWORD);
    browser.waitForText("#ownRecord", "This is your own record");
    assertEquals(0, browser.driver().findElements(By.id("ledger:correct")).size());

    // A colleague's page offers the form; the request is made to name the officer's own record.
    var colleague = data.employee(TestData.unique("E"), "박동료", unit);
    browser.open("/hr/employee.xhtml?id=" + colleague);
    browser.type("#ledger\\:minutes", "2400");
    browser.type("#ledger\\:reason", "교육 누락분");
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var own = document.createElement('input');"
                + " own.type = 'hidden'; own.name = 'id'; own.value = arguments[0];"
                + " document.getElementById('ledger').appendChild(own);"
                + " PrimeFaces.ab({s: 'ledger:correct', f: 'ledger', p: '@all', u: 'ledger'});",
            Long.toString(officer));
    browser.waitForText(".ui-messages-error", "You cannot correct your own hours");
    browser.screenshot("ledger-own-correction-refused");
    assertEquals(
        0,
        data.count("SELECT COUNT(*) FROM ledger_entry WHERE employee_id = " + officer),
        "nothing credited to the officer");
    assertEquals(
        0, data.count("SELECT COUNT(*) FROM ledger_entry WHERE employee_id = " + colleague));
    browser.signOut();

    var admin = account("adm", null, "ADMIN");
    browser.open("/admin/ledger.xhtml");
    browser.signIn(admin, PASSWORD);
    browser.waitForText("#refusals", officerName);
    var refusal = row("refusals", officerName).getText();
    assertTrue(refusal.contains("Correcting one's own hours"), refusal);
    assertTrue(refusal.contains("employee=" + officer + " "), refusal);
    browser.screenshot("admin-ledger-refusals");
  }

  /** The row of the table with this client id that contains the text. */
  private WebElement row(String table, String text) {
    return browser
        .driver()
        .findElement(By.xpath("//*[@id='" + table + "']//tr[contains(., '" + text + "')]"));
  }
}
