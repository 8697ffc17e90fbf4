package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.testing.Browser;
import kr.cheongnabi.testing.ClientTest;
import kr.cheongnabi.testing.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The exports on the real database: a small city (a bureau with two teams, and a second bureau)
 * with what each person owes and what is credited, written as the maintained tables hold them. The
 * files are read back (Korean intact, numbers as numbers) and the commission's figures checked
 * against direct counts; then HR downloads each export from the running application.
 */
class ComplianceExportsIT extends ClientTest {

  // A past year, which no recomputation touches while the test runs. GapReportIT's city is in it
  // too: the whole-organisation totals are checked against counts of the same rows, not figures.
  private static final int YEAR = 2019;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private GapReport report;
  private CommissionSummary commission;
  private String bureauCode;
  private long bureau;

  @BeforeEach
  void aSmallCity() {
    var dataSource = new MysqlDataSource();
    dataSource.setUrl(System.getenv("DB_URL"));
    dataSource.setUser(System.getenv("DB_USER"));
    dataSource.setPassword(System.getenv("DB_PASSWORD"));
    report = ReportsByHand.gapReport(dataSource);
    commission = new CommissionSummary();
    commission.dataSource = dataSource;
    commission.report = report;

    bureauCode = TestData.unique("AUD");
    bureau = data.unit(bureauCode, "감사관실", "Audit Bureau");
    var team1 = data.unit(bureauCode + "-1", "감사1팀", "Audit Team 1", bureau);
    var team2 = data.unit(bureauCode + "-2", "감사2팀", "Audit Team 2", bureau);
    var welfare = data.unit(TestData.unique("WEL"), "복지국", "Welfare Bureau");
    // owed, floor, then credited minutes: modules, quizzes, in person, external
    person(bureau, "김감사", 300, 120, 120, 30, 150, 0); // met the target
    person(team1, "이청렴", 300, 120, 0, 0, 0, 150); // the floor only
    person(team1, "박미달", 300, 120, 0, 0, 0, 0); // below the floor, nothing credited
    person(team2, "최절반", 150, 60, 0, 0, 60, 0); // a half year: the floor only
    person(team2, "정휴직", 0, 0, 30, 0, 0, 0); // on leave all year: owes nothing
    person(welfare, "한복지", 300, 120, 330, 0, 0, 0); // met the target
  }

  private void person(
      long unit,
      String name,
      int owed,
      int floor,
      int modules,
      int quizzes,
      int inPerson,
      int external) {
    var employee = data.employee(TestData.unique("E"), name, unit);
    var total = modules + quizzes + inPerson + external;
    if (total > 0) {
      data.execute(
          ("INSERT INTO ledger_total (employee_id, training_year, total_minutes, module_minutes,"
                  + " quiz_minutes, in_person_minutes, external_minutes, entry_count,"
                  + " last_credit_at) VALUES (%d, %d, %d, %d, %d, %d, %d, 1, NOW(3))")
              .formatted(employee, YEAR, total, modules, quizzes, inPerson, external));
    }
    data.obligation(YEAR, employee, owed, floor, false);
  }

  @Test
  void theCommissionSummaryRollsTeamsIntoTheirBureauAndEqualsDirectCounts() {
    var summary = commission.of(YEAR);
    var audit =
        summary.units().stream().filter(u -> u.code().equals(bureauCode)).findFirst().orElseThrow();
    assertEquals(
        new CommissionRow(
            bureauCode, new Bilingual("감사관실", "Audit Bureau"), 4, 3, 1, 1, 540, 180, 210, 150),
        audit);

    var total = summary.total();
    var year =
        " FROM obligation o LEFT JOIN ledger_total t ON t.employee_id = o.employee_id"
            + " AND t.training_year = o.training_year WHERE o.training_year = "
            + YEAR;
    assertEquals(data.count("SELECT COUNT(*)" + year + " AND o.owed_minutes > 0"), total.owing());
    assertEquals(
        data.count("SELECT COUNT(*)" + year + " AND o.owed_minutes > 0 AND t.total_minutes > 0"),
        total.trained());
    assertEquals(
        data.count(
            "SELECT COUNT(*)"
                + year
                + " AND o.owed_minutes > 0"
                + " AND t.total_minutes >= o.owed_minutes"),
        total.metTarget());
    assertEquals(
        data.count(
            "SELECT COUNT(*)"
                + year
                + " AND o.owed_minutes > 0"
                + " AND COALESCE(t.total_minutes, 0) < o.floor_minutes"),
        total.belowFloor());
    assertEquals(
        data.count("SELECT COALESCE(SUM(t.total_minutes), 0)" + year), total.creditedMinutes());
    assertEquals(
        data.count("SELECT COALESCE(SUM(t.module_minutes + t.quiz_minutes), 0)" + year),
        total.onlineMinutes());
    assertEquals(
        data.count("SELECT COALESCE(SUM(t.in_person_minutes), 0)" + year), total.inPersonMinutes());
    assertEquals(
        summary.units().stream().mapToLong(CommissionRow::externalMinutes).sum(),
        total.externalMinutes());
  }

  @Test
  void theGapWorkbookOfABureauListsEveryoneOfItsTeamsWithKoreanNamesAndNumericMinutes()
      throws Exception {
    var out = new ByteArrayOutputStream();
    ReportsByHand.xlsx(
        report, GapQuery.everyoneOf(YEAR, bureau), report.tree(YEAR), Locale.KOREAN, out);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals(5, sheet.getLastRowNum(), "a header and the bureau's five people");
      var rows = new HashMap<String, Row>();
      for (var i = 1; i <= 5; i++) {
        rows.put(sheet.getRow(i).getCell(1).getStringCellValue(), sheet.getRow(i));
      }
      assertEquals(Set.of("김감사", "이청렴", "박미달", "최절반", "정휴직"), rows.keySet());
      var floorOnly = rows.get("최절반");
      assertEquals("감사2팀", floorOnly.getCell(3).getStringCellValue());
      assertEquals(CellType.NUMERIC, floorOnly.getCell(6).getCellType());
      assertEquals(150, floorOnly.getCell(6).getNumericCellValue());
      assertEquals(90, floorOnly.getCell(12).getNumericCellValue());
      assertEquals("법정 최소만 충족", floorOnly.getCell(13).getStringCellValue());
    }
  }

  @Test
  void theBureausPdfSummaryCarriesItsFiguresAndTeamsInKorean() throws Exception {
    var out = new ByteArrayOutputStream();
    SummaryDocument.write(
        report.tree(YEAR), bureau, YEAR, LocalDate.of(2019, 12, 20), Locale.KOREAN, out);
    var text = pdfText(out.toByteArray());
    assertTrue(text.contains("부서: 감사관실 (" + bureauCode + ")"), text);
    assertTrue(text.contains("대상 인원 4명"), text);
    assertTrue(text.contains("목표 달성 1명"), text);
    assertTrue(text.contains("법정 최소만 충족 2명"), text);
    assertTrue(text.contains("법정 최소 미달 1명"), text);
    assertTrue(text.contains("이수율 25%"), text);
    assertTrue(text.contains("이수 시간 9시간"), text);
    assertTrue(text.contains("감사1팀 2 0 1 1 0% 2시간 30분 7시간 30분"), text);
    assertTrue(text.contains("감사2팀 1 0 1 0 0% 1시간 30분 1시간 30분"), text);
  }

  @Test
  void hrDownloadsEachExportNamedAfterTheYearAndUnitWhileOthersAreRefused() throws Exception {
    var hr = TestData.unique("hr").toLowerCase();
    var employee = TestData.unique("emp").toLowerCase();
    data.account(hr, PASSWORD, null, "HR");
    data.account(employee, PASSWORD, null);
    var query = "?year=" + YEAR + "&unit=" + bureau;

    var hrClient = signIn(hr);
    var xlsx = get(hrClient, "/hr/export/gaps.xlsx" + query);
    assertEquals(200, xlsx.statusCode());
    assertTrue(contentType(xlsx).startsWith(XLSX));
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .endsWith("filename*=UTF-8''" + encoded("이수현황-2019-" + bureauCode + ".xlsx")));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(5, workbook.getSheetAt(0).getLastRowNum());
    }

    var pdf = get(hrClient, "/hr/export/summary.pdf" + query);
    assertEquals(200, pdf.statusCode());
    assertTrue(contentType(pdf).startsWith("application/pdf"));
    assertTrue(pdfText(pdf.body()).contains("감사2팀"));

    var csv = get(hrClient, "/hr/export/commission.csv?year=" + YEAR);
    assertEquals(200, csv.statusCode());
    var text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF부서코드,기관·부서,대상 인원,교육 인원"), text);
    assertTrue(text.contains(bureauCode + ",감사관실,4,3,1,1,9:00,3:00,3:30,2:30,33.3,38.9\r\n"), text);
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .endsWith(encoded("청렴교육실적-2019.csv")));

    var unknownUnit = get(hrClient, "/hr/export/summary.pdf?year=2019&unit=999999999");
    assertEquals(404, unknownUnit.statusCode(), () -> unknownUnit.headers().map().toString());
    assertTrue(new String(unknownUnit.body(), StandardCharsets.UTF_8).contains("error-page"));
    var notAYear = get(hrClient, "/hr/export/gaps.xlsx?year=soon");
    assertEquals(404, notAYear.statusCode(), () -> notAYear.headers().map().toString());

    data.execute("UPDATE account SET preferred_locale = 'en' WHERE username = '" + hr + "'");
    var english = get(hrClient, "/hr/export/commission.xlsx?year=" + YEAR);
    assertEquals(200, english.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(english.body()))) {
      assertEquals("People trained", workbook.getSheetAt(0).getRow(0).getCell(3).toString());
    }

    assertEquals(403, get(signIn(employee), "/hr/export/commission.csv?year=" + YEAR).statusCode());
  }

  /**
   * Signs in through the sign-in page in a browser and hands back a client with its cookies: the
   * session and the version Payara gives a distributable session, which must travel with it.
   */
  private HttpClient signIn(String username) {
    try (var browser = Browser.start(base.toString(), "ko")) {
      browser.open("/me/training.xhtml");
      browser.signIn(username, PASSWORD);
      browser
          .waiting(Duration.ofSeconds(30))
          .until(ExpectedConditions.urlContains("/me/training.xhtml"));
      var cookies = new CookieManager();
      for (var cookie : browser.driver().manage().getCookies()) {
        var copy = new HttpCookie(cookie.getName(), cookie.getValue());
        copy.setPath("/");
        copy.setVersion(0);
        cookies.getCookieStore().add(URI.create(base.toString()), copy);
      }
      return HttpClient.newBuilder().cookieHandler(cookies).build();
    }
  }

  private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  // Payara adds its default charset even to binary types; readers ignore it there.
  private static String contentType(HttpResponse<byte[]> response) {
    return response.headers().firstValue("Content-Type").orElseThrow();
  }

  private static String encoded(String fileName) {
    return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
