package kr.cheongnabi.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** HR keeps the organisation in a real browser: roster import, units, employees. */
@ExtendWith(ArquillianExtension.class)
class PeopleAdministrationIT {

  private static final String PASSWORD = "roster-import-42";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;
  @TempDir Path folder;

  private TestData data;
  private Browser browser;
  private String unit;
  private String hr;

  @BeforeEach
  void createHrOfficer() {
    data = new TestData();
    unit = TestData.unique("U");
    data.unit(unit, "인사과", "Personnel Division");
    hr = TestData.unique("hr").toLowerCase();
    data.account(hr, PASSWORD, null, "HR");
    browser = new Browser(base.toString(), "en");
  }

  @AfterEach
  void close() throws Exception {
    browser.close();
    data.close();
  }

  @Test
  void aRosterWithABadLineImportsNothingAndTheFixedOneImportsEveryone() throws Exception {
    var first = TestData.unique("N");
    var second = TestData.unique("N");
    var third = TestData.unique("N");
    var bad =
        """
        employee_number,name,email,org_unit_code,position,grade,hire_date,status
        %s,박청렴,park@example.go.kr,%s,주무관,7급,2019-03-04,ACTIVE
        %s,이공정,,%s,팀장,5급,2023-13-45,ACTIVE
        %s,최나비,choi@example.go.kr,%s,주무관,8급,2021-07-01,ON_LEAVE
        """
            .formatted(first, unit, second, unit, third, unit);
    var badFile = write("roster-bad.csv", bad, StandardCharsets.UTF_8);

    browser.open("/hr/import.xhtml");
    browser.signIn(hr, PASSWORD);
    upload(badFile);
    browser.waitFor("#progress\\:rejected");
    var problems = browser.find("#progress\\:problems").getText();
    assertTrue(problems.contains("3"), problems);
    assertTrue(problems.contains("hire_date"), problems);
    assertTrue(problems.contains("2023-13-45"), problems);
    browser.screenshot("roster-rejected");
    assertEquals(0, employeesNumbered(first, second, third), "nothing was imported");

    // The fixed file as a Korean HR system exports it: CP949, Korean headers.
    var fixed =
        """
        사번,성명,이메일,부서코드,직위,직급,입사일,재직상태
        %s,박청렴,park@example.go.kr,%s,주무관,7급,2019-03-04,재직
        %s,이공정,,%s,팀장,5급,2023-12-15,재직
        %s,최나비,choi@example.go.kr,%s,주무관,8급,2021-07-01,휴직
        """
            .formatted(first, unit, second, unit, third, unit);
    upload(write("roster-fixed.csv", fixed, Charset.forName("x-windows-949")));
    browser.waitFor("#progress\\:counts");
    assertTrue(browser.find("#progress\\:counts").getText().startsWith("3 rows: 3 created"));
    browser.screenshot("roster-imported");
    assertEquals(3, employeesNumbered(first, second, third));

    browser.open("/hr/employees.xhtml");
    browser.type("#employees\\:text", second);
    browser.find("#employees\\:searchButton").click();
    var rows =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
            .until(
                driver -> {
                  var shown = driver.findElements(By.cssSelector("#employees\\:table_data tr"));
                  return shown.size() == 1 ? shown : null;
                });
    assertTrue(rows.get(0).getText().contains("이공정"), rows.get(0).getText());
    assertTrue(rows.get(0).getText().contains("Personnel Division"), rows.get(0).getText());
    browser.screenshot("employee-found");
  }

  @Test
  void hrAddsAUnitThenAnEmployeeWithValidationAndRecordsALeave() {
    var code = TestData.unique("T");
    var number = TestData.unique("N");
    browser.open("/hr/org.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.type("#org\\:code", code);
    browser.type("#org\\:nameKo", "청렴교육팀");
    browser.type("#org\\:nameEn", "Integrity Training Team");
    browser.find("#org\\:save").click();
    browser.waitForText(".ui-messages-info", "Unit " + code + " saved");
    assertEquals(1, data.count("SELECT COUNT(*) FROM org_unit WHERE code = '" + code + "'"));

    browser.open("/hr/employee.xhtml");
    browser.type("#employee\\:number", "not a number!");
    browser.find("#employee\\:save").click();
    browser.waitFor(".ui-message-error");
    var errors = browser.text();
    assertTrue(errors.contains("1 to 20 letters, digits or hyphens"), errors);
    assertTrue(errors.contains("a value is required"), errors);
    browser.screenshot("employee-validation");

    browser.type("#employee\\:number", number);
    browser.type("#employee\\:name", "한결");
    browser.type("#employee\\:hireDate_input", "2024-03-04");
    chooseUnit(code);
    browser.find("#employee\\:save").click();
    browser.waitForText(".ui-messages-info", "Employee " + number + " saved");

    choose("statusMenu", "ON_LEAVE");
    // On a busy machine the date picker can still be setting itself up when the date is typed, and
    // lose it: type until the field holds the date, and close the picker before saving.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(
            d -> {
              browser.type("#employee\\:statusSince_input", "2025-06-01");
              browser.find("#employee\\:statusSince_input").sendKeys(Keys.ESCAPE);
              return "2025-06-01"
                  .equals(browser.find("#employee\\:statusSince_input").getAttribute("value"));
            });
    var before = browser.find("#history");
    browser.find("#employee\\:save").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
        .until(ExpectedConditions.stalenessOf(before));
    browser.waitForText(".ui-messages-info", "Employee " + number + " saved");
    var history = browser.find("#history").getText();
    assertTrue(history.contains("2024-03-04") && history.contains("2025-05-31"), history);
    assertTrue(history.contains("On leave") && history.contains("current"), history);
    browser.screenshot("employee-history");
  }

  private void chooseUnit(String code) {
    choose("unitMenu", data.count("SELECT id FROM org_unit WHERE code = '" + code + "'"));
  }

  /** Picks a value of a PrimeFaces drop-down through its widget, as a click on the item does. */
  private void choose(String widget, Object value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("PF(arguments[0]).selectValue(String(arguments[1]));", widget, value);
  }

  private void upload(Path file) {
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.find("#upload\\:start").click();
  }

  private Path write(String name, String content, Charset charset) throws Exception {
    var file = folder.resolve(name);
    Files.write(file, content.getBytes(charset));
    return file;
  }

  private long employeesNumbered(String... numbers) {
    return data.count(
        "SELECT COUNT(*) FROM employee WHERE employee_number IN ('"
            + String.join("','", numbers)
            + "')");
  }
}
