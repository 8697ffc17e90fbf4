package kr.cheongnabi.report.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * HR's compliance pages in a real browser: HR lands on the dashboard, opens the report of a bureau,
 * drills into a department, finds its people short of the floor and downloads the CSV, which opens
 * in Excel with Korean names intact.
 */
class ComplianceReportIT extends BrowserTest {

  private static final int YEAR = TrainingYear.of(Instant.now()).value();
  private static final int THIS_MONTH = LocalDate.now(TrainingYear.KOREA).getMonthValue();

  private String hr;
  private long bureau;
  private long department;

  ComplianceReportIT() {
    super("ko");
  }

  /** 청렴국 with 감사담당관 (three people) and 복지정책과 (two people). */
  @BeforeEach
  void aBureauWithTwoDepartments() {
    bureau = data.unit(TestData.unique("B"), "청렴국", "Integrity Bureau");
    department = data.unit(TestData.unique("B"), "감사담당관", "Audit Office", bureau);
    var welfare = data.unit(TestData.unique("B"), "복지정책과", "Welfare Policy Division", bureau);
    person("김목표", department, 320, 2);
    person("이최소", department, 150, 5);
    person("박미달", department, 30, 9);
    person("최복지", welfare, 300, 3);
    person("정복지", welfare, 0, 0);
    hr = account("hr", null, "HR");
  }

  @Test
  void hrLandsOnTheDashboardDrillsIntoADepartmentAndDownloadsItsGapsAsCsv() throws Exception {
    browser.open("/");
    browser.signIn(hr, PASSWORD);
    browser.waitFor("#completion");
    assertEquals("/hr/index.xhtml", browser.path());
    browser.waitFor("#progressChart");
    browser.screenshot("hr-dashboard-ko");

    browser.open("/hr/compliance.xhtml?year=" + YEAR + "&unit=" + bureau);
    browser.waitForText("#selectedName", "청렴국");
    assertEquals("4", browser.find("#owing").getText(), "정복지 owes nothing this year");
    assertEquals("2", browser.find("#metTarget").getText());
    assertEquals("1", browser.find("#floorOnly").getText());
    assertEquals("1", browser.find("#belowFloor").getText());
    assertEquals("50%", browser.find("#completion").getText());
    browser.screenshot("compliance-bureau-ko");

    browser.driver().findElement(By.linkText("감사담당관")).click();
    browser.waitForText("#selectedName", "감사담당관");
    browser.waitForText("#report\\:gaps", "박미달");
    var people = browser.find("#report\\:gaps").getText();
    assertTrue(people.contains("김목표") && people.contains("이최소"), people);
    assertTrue(!people.contains("최복지"), "only the department's people: " + people);
    assertTrue(browser.find(".unit-path").getText().contains("청렴국"));

    ((JavascriptExecutor) browser.driver())
        .executeScript("PF('filter').selectValue('BELOW_FLOOR')");
    browser.find("#report\\:searchButton").click();
    browser.waitForText("#report\\:gaps", "1-1 / 1");
    assertTrue(browser.find("#report\\:gaps").getText().contains("박미달"));
    browser.screenshot("compliance-department-ko");

    var csv = download(browser.find("#report\\:csv").getAttribute("href"));
    assertEquals(200, csv.statusCode());
    assertTrue(
        csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
        csv.headers().toString());
    var disposition = csv.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("attachment;"), disposition);
    assertTrue(
        disposition.contains("filename*=UTF-8''%EC%9D%B4%EC%88%98%ED%98%84%ED%99%A9-" + YEAR),
        disposition);
    var bytes = csv.body();
    assertArrayEquals(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "a BOM");
    var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("사번,이름"), text);
    assertEquals(4, text.split("\r\n").length, "the header and the department's three people");
    for (var name : new String[] {"김목표", "이최소", "박미달", "감사담당관"}) {
      assertTrue(text.contains(name), name + " in " + text);
    }

    browser.find("#language\\:toEnglish").click();
    browser.waitForText("h1", "Training compliance");
    browser.screenshot("compliance-en");
    browser.open("/hr/index.xhtml");
    browser.waitForText("h1", "dashboard");
    browser.screenshot("hr-dashboard-en");
  }

  /** An employee who owes 300 minutes this year (none when owed is 0), with what is credited. */
  private void person(String name, long unit, int credited, int month) {
    var id = data.employee(TestData.unique("R"), name, unit);
    var owed = name.equals("정복지") ? 0 : 300;
    if (credited > 0) {
      // What the ledger keeps beside its entries; the report reads only these totals.
      data.execute(
          ("INSERT INTO ledger_total (employee_id, training_year, total_minutes,"
                  + " external_minutes, entry_count, last_credit_at)"
                  + " VALUES (%d, %d, %d, %d, 1, NOW(3))")
              .formatted(id, YEAR, credited, credited));
      data.execute(
          ("INSERT INTO ledger_month_total (training_year, month_no, org_unit_id, minutes)"
                  + " VALUES (%d, %d, %d, %d) ON DUPLICATE KEY UPDATE minutes = minutes + %d")
              .formatted(YEAR, Math.min(month, THIS_MONTH), unit, credited, credited));
    }
    data.obligation(YEAR, id, owed, 120, false);
  }

  /** Fetches the link as the signed-in browser would, with its session cookie. */
  private HttpResponse<byte[]> download(String href) throws Exception {
    var session = browser.driver().manage().getCookieNamed("JSESSIONID");
    var request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
