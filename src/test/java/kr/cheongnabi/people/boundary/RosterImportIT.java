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
import org.openqa.selenium.support.ui.WebDriverWait;

/** HR imports the HR system's roster in a real browser: a bad line, the fix, the result. */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

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
