package kr.cheongnabi.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.MailPort;
import kr.cheongnabi.testing.SharedResources;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** HR keeps the organisation in a real browser: roster import, units, employees. */
@ExtendWith(MailPort.class)
class PeopleAdministrationIT extends BrowserTest {

  @TempDir Path folder;

  private String unit;
  private long unitId;
  private String hr;

  PeopleAdministrationIT() {
    super("en");
  }

  @BeforeEach
  void createHrOfficer() {
    unit = TestData.unique("U");
    unitId = data.unit(unit, "인사과", "Personnel Division");
    hr = account("hr", null, "HR");
  }

  @Test
  @ResourceLock(SharedResources.ROSTER_IMPORTS)
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
    awaitCount(
        3,
        "SELECT COUNT(*) FROM obligation o JOIN employee e ON e.id = o.employee_id"
            + " WHERE o.training_year = "
            + Year.now(ZoneId.of("Asia/Seoul")).getValue()
            + " AND e.employee_number IN ('"
            + String.join("','", first, second, third)
            + "')",
        "the import brought what the imported owe up to date");

    browser.open("/hr/employees.xhtml");
    browser.type("#employees\\:text", second);
    browser.find("#employees\\:searchButton").click();
    var rows =
        browser
            .waiting(Duration.ofSeconds(20))
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
    typeDate("#employee\\:hireDate_input", "2024-03-04");
    chooseUnit(code);
    browser.find("#employee\\:save").click();
    browser.waitForText(".ui-messages-info", "Employee " + number + " saved");

    choose("statusMenu", "ON_LEAVE");
    typeDate("#employee\\:statusSince_input", "2025-06-01");
    var before = browser.find("#history");
    browser.find("#employee\\:save").click();
    browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(before));
    browser.waitForText(".ui-messages-info", "Employee " + number + " saved");
    var history = browser.find("#history").getText();
    assertTrue(history.contains("2024-03-04") && history.contains("2025-05-31"), history);
    assertTrue(history.contains("On leave") && history.contains("current"), history);
    browser.screenshot("employee-history");
  }

  @Test
  void hrCorrectsTheCreditedHoursWithAReasonAndADoubleClickCountsOnce() {
    var id = data.employee(TestData.unique("N"), "정정해", unitId);
    var year = Year.now(ZoneId.of("Asia/Seoul")).getValue();
    browser.open("/hr/employee.xhtml?id=" + id);
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#ledger\\:entries", "No entries in this year");

    browser.type("#ledger\\:minutes", "30");
    browser.find("#ledger\\:correct").click();
    browser.waitFor("#ledger .ui-message-error");
    assertEquals(0, corrections(id), "no correction without a reason");

    browser.type("#ledger\\:reason", "집합교육 출석부 누락분 (2025-05-14)");
    browser.find("#ledger\\:correct").click();
    browser.waitForText(".ui-messages-info", "Correction of 30 minutes recorded in " + year);
    browser.waitForText("#total", "30 min credited (30 minutes)");
    var entries = browser.find("#ledger\\:entries").getText();
    assertTrue(entries.contains("Correction") && entries.contains("출석부 누락분"), entries);
    assertTrue(entries.contains(hr), entries);

    browser.type("#ledger\\:minutes", "-10");
    browser.type("#ledger\\:reason", "중복 인정");
    ((JavascriptExecutor) browser.driver())
        .executeScript("var b = document.getElementById('ledger:correct'); b.click(); b.click();");
    browser.waitForText("#total", "20 min credited (20 minutes)");
    browser.screenshot("hr-ledger-correction");
    assertEquals(2, corrections(id), "the double click recorded one correction");

    browser.type("#ledger\\:minutes", "-60");
    browser.type("#ledger\\:reason", "too much");
    browser.find("#ledger\\:correct").click();
    browser.waitForText(".ui-messages-error", "below zero");
    assertEquals(2, corrections(id));
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM ledger_entry WHERE employee_id = "
                + id
                + " AND minutes = 30 AND recorded_by = '"
                + hr
                + "' AND training_year = "
                + year));
  }

  @Test
  void hrSetsTheYearsRequirementAndAGroupSeesEveryChangeRecordedAndAPromotionOwesFaceToFace() {
    var thisYear = Year.now(ZoneId.of("Asia/Seoul")).getValue();
    var year = thisYear + 1;
    browser.open("/hr/requirement.xhtml?year=" + year);
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#requirement\\:target_input");
    browser.type("#requirement\\:target_input", "6.5");
    browser.find("#requirement\\:save").click();
    browser.waitForText(".ui-messages-info", "The requirement of " + year + " was saved.");
    browser.waitForText("#requirement\\:history", hr);
    var history = browser.find("#requirement\\:history").getText();
    assertTrue(history.contains("Target (hours)") && history.contains("6 h 30 min"), history);
    assertEquals(
        390,
        data.count("SELECT target_minutes FROM requirement_year WHERE training_year = " + year));

    choose("groupKind", "GRADE");
    browser.type("#requirement\\:groupValue", "4급");
    browser.type("#requirement\\:groupTarget_input", "8");
    browser.type("#requirement\\:groupFloor_input", "3");
    browser.find("#requirement\\:saveGroup").click();
    browser.waitForText("#requirement\\:groups", "4급");
    var groups = browser.find("#requirement\\:groups").getText();
    assertTrue(
        groups.contains("Grade") && groups.contains("8 h") && groups.contains("3 h"), groups);

    browser.find("#requirement\\:recompute").click();
    browser.waitForText("#requirement\\:progressText", "Computed for");
    browser.screenshot("requirement-settings");

    var employee = data.employee(TestData.unique("N"), "승진자", unitId);
    browser.open("/hr/employee.xhtml?id=" + employee);
    typeDate("#employee\\:promotedOn_input", thisYear + "-03-02");
    browser.find("#employee\\:save").click();
    browser.waitForText(".ui-messages-info", "saved");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM obligation WHERE face_to_face_required AND training_year = "
                + thisYear
                + " AND employee_id = "
                + employee),
        "the promotion this year owes a face-to-face session");

    browser.close();
    browser = Browser.start(base.toString(), "ko");
    browser.open("/hr/requirement.xhtml?year=" + year);
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#requirement\\:history", "목표 시간");
    assertTrue(browser.text().contains("연간 이수 기준"));
    browser.screenshot("requirement-settings-ko");
  }

  /** Waits for a count a background job brings about. */
  private void awaitCount(long expected, String sql, String message) {
    browser.waiting(Duration.ofSeconds(60)).until(driver -> data.count(sql) == expected);
    assertEquals(expected, data.count(sql), message);
  }

  private long corrections(long employeeId) {
    return data.count(
        "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'CORRECTION' AND employee_id = "
            + employeeId);
  }

  @Test
  void hrNamesAUnitHeadWhoHearsOfOverdueTrainingWhenHrSendsTheDueAlerts() throws Exception {
    var headNumber = TestData.unique("H");
    var head = data.employee(headNumber, "강부서장", unitId);
    var late = data.employee(TestData.unique("N"), "윤지각", unitId);
    var headAddress = headNumber.toLowerCase() + "@example.go.kr";
    var lateAddress = headNumber.toLowerCase() + "-late@example.go.kr";
    data.execute("UPDATE employee SET email = '%s' WHERE id = %d".formatted(headAddress, head));
    data.execute("UPDATE employee SET email = '%s' WHERE id = %d".formatted(lateAddress, late));
    // A training year of its own whose alerts tell unit heads, and training overdue in it.
    var year = 3000 + Math.floorMod(headNumber.hashCode(), 6000);
    data.execute(
        "INSERT INTO requirement_year (training_year, target_minutes, floor_minutes,"
            + " alert_days_before, alert_unit_head) VALUES (%d, 300, 120, 7, TRUE)"
                .formatted(year));
    var module = data.module(TestData.unique("m"), 60, null, "소개");
    data.execute(
        ("INSERT INTO follow_up_assignment (employee_id, training_year, module_id, item_key,"
                + " minutes, due_date, assigned_by, assigned_at) VALUES (%d, %d, %d, 'module:%d',"
                + " 60, '%s', 'hr', NOW(3))")
            .formatted(
                late, year, module, module, LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(3)));

    browser.open("/hr/org.xhtml");
    browser.signIn(hr, PASSWORD);
    browser
        .find("#org\\:tree")
        .findElement(By.xpath(".//span[contains(., '(" + unit + ")')]"))
        .click();
    browser.waitFor("#org\\:headText");
    browser.type("#org\\:headText", headNumber);
    browser.find("#org\\:findHead").click();
    browser.find(".choose-head").click();
    browser.waitForText(".ui-messages-info", "Head of unit " + unit + " saved");
    assertTrue(browser.find("#currentHead").getText().contains("강부서장"));
    browser.screenshot("org-unit-head");
    assertEquals(head, data.count("SELECT head_employee_id FROM org_unit WHERE id = " + unitId));

    var smtp =
        new GreenMail(
            new ServerSetup(Integer.parseInt(System.getenv("MAIL_PORT")), "127.0.0.1", "smtp"));
    smtp.start();
    try {
      browser.open("/hr/alerts.xhtml");
      browser.find("#alerts\\:sendNow").click();
      browser.waitFor("#alerts\\:lastRun");
      var log = browser.find("#alerts\\:log").getText();
      assertTrue(log.contains("윤지각") && log.contains(headAddress), log);
      assertTrue(log.contains("Unit head") && log.contains("Overdue"), log);
      browser.screenshot("alerts-sent");
      assertEquals(1, smtp.getReceivedMessagesForDomain(lateAddress).length);
      var told = smtp.getReceivedMessagesForDomain(headAddress);
      assertEquals(1, told.length);
      assertTrue(told[0].getSubject().contains("윤지각"), told[0].getSubject());

      browser.find("#language\\:toKorean").click();
      browser.waitForText("#alerts\\:log", "부서장");
      browser.screenshot("alerts-sent-ko");
    } finally {
      smtp.stop();
    }
  }

  /**
   * Writes a date into a date picker's field as typing leaves it. Typing itself races the picker:
   * once its calendar has opened, PrimeFaces moves the focus into it and later keys land there.
   */
  private void typeDate(String css, String date) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            browser.find(css),
            date);
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
