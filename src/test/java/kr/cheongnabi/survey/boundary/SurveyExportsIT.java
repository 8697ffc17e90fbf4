package kr.cheongnabi.survey.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.testing.ClientTest;
import kr.cheongnabi.testing.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HR downloads a round's results as PDF and the year's figures as XLSX and PDF from the running
 * application; the files are read back and their figures checked against the hand calculation.
 * Anyone else is refused, and a round that is not one (or not one of that year and kind) is not
 * found.
 */
class SurveyExportsIT extends ClientTest {

  private HandRounds rounds;
  private int year;
  private long round;
  private long external;

  /**
   * This year's internal round: eight of ten asked in the team answer, (5, 2, not) five times and
   * (3, 4, experienced) three times (the README's 62.5); last year's: five of (5, 1, not), 100.
   * This year's external round: 12 codes, 6 used, all (4, 1, not): 98.75.
   */
  @BeforeEach
  void twoRounds() {
    rounds = new HandRounds(data);
    year = rounds.today().getYear();
    long team = data.unit(TestData.unique("X"), "내보내기팀", "Export Team");
    round = rounds.round("internal", year);
    long lastYear = rounds.yearBefore(round);
    for (int i = 0; i < 10; i++) {
      rounds.participant(round, data.employee(TestData.unique("E"), "직원" + i, team), team, i < 8);
    }
    for (int i = 0; i < 8; i++) {
      rounds.respond(round, team, null, i < 5 ? 5 : 3, i < 5 ? 2 : 4, i < 5 ? 0 : 1);
    }
    for (int i = 0; i < 5; i++) {
      rounds.respond(lastYear, team, null, 5, 1, 0);
    }
    external = rounds.round("external", year);
    rounds.codes(external, "SUBSIDY", 12, 6);
    for (int i = 0; i < 6; i++) {
      rounds.respond(external, null, "SUBSIDY", 4, 1, 0);
    }
  }

  @Test
  void hrDownloadsTheResultsAsPdfAndTheYearEndFiguresAsXlsxAndPdf() throws Exception {
    String hr = account("hr", null, "HR");
    HttpClient client = signedIn(hr, "ko");

    var pdf = get(client, "hr/export/survey-results.pdf?round=" + round);
    assertEquals(200, pdf.statusCode());
    assertTrue(header(pdf, "Content-Type").startsWith("application/pdf"));
    assertTrue(
        header(pdf, "Content-Disposition").endsWith("-" + year + ".pdf"),
        header(pdf, "Content-Disposition"));
    String text = pdfText(pdf.body());
    assertTrue(text.contains("청렴도 설문 결과"), text);
    assertTrue(text.contains("응답률 80.0% (10명 중 8명)"), text);
    assertTrue(text.contains("종합 62.5 100.0 -37.5"), text);
    assertTrue(text.contains("내보내기팀 10 8 80.0 62.5"), text);
    assertTrue(text.contains("매우 그렇다 5건 (62.5%)"), text);

    var xlsx =
        get(
            client,
            "hr/export/survey-year-end.xlsx?year=%d&internal=%d&external=%d"
                .formatted(year, round, external));
    assertEquals(200, xlsx.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("내부 " + year, sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals(List.of(8.0, 5.0, 3.0, 6.0), numbers(row(sheet, "응답자(명)"), 4));
      assertEquals(List.of(10.0, 0.0, 10.0, 12.0), numbers(row(sheet, "대상·초대(명)"), 4));
      assertEquals(80.0, row(sheet, "응답률(%)").getCell(1).getNumericCellValue(), 1e-9);
      assertEquals(50.0, row(sheet, "응답률(%)").getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(List.of(62.5, 100.0, -37.5, 98.8), numbers(row(sheet, "종합 점수"), 4));
      assertEquals(CellType.BLANK, row(sheet, "종합 점수").getCell(5).getCellType());
      assertEquals(List.of(37.5, 0.0, 37.5), numbers(row(sheet, "내부 3번 경험(%): 다"), 3));
    }

    data.execute("UPDATE account SET preferred_locale = 'en' WHERE username = '" + hr + "'");
    var yearEndPdf =
        get(
            client,
            "hr/export/survey-year-end.pdf?year=%d&internal=%d&external=%d"
                .formatted(year, round, external));
    assertEquals(200, yearEndPdf.statusCode());
    String yearEnd = pdfText(yearEndPdf.body());
    assertTrue(
        yearEnd.contains("Integrity survey figures for the year-end report, " + year), yearEnd);
    assertTrue(yearEnd.contains("Respondents (people) 8 5 +3 6 – –"), yearEnd);
    assertTrue(yearEnd.contains("Response rate (%) 80.0 – – 50.0 – –"), yearEnd);
    assertTrue(yearEnd.contains("Points overall 62.5 100.0 -37.5 98.8 – –"), yearEnd);

    var csv = get(client, "hr/export/survey-results.csv?round=" + external);
    assertEquals(200, csv.statusCode());
    String lines = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(lines.startsWith("\uFEFFKind,Key,Text,Asked or invited"), lines);
    assertTrue(lines.contains("\r\nGROUP,SUBSIDY,Subsidies,12,6,50.0,,\r\n"), lines);
  }

  @Test
  void onlyHrGetsThemAndOnlyForRoundsThatAreThere() throws Exception {
    HttpClient employee = signedIn(account("emp", null), "ko");
    for (String path :
        List.of(
            "hr/export/survey-results.pdf?round=" + round,
            "hr/export/survey-results.csv?round=" + round,
            "hr/export/survey-year-end.xlsx?year=" + year + "&internal=" + round,
            "hr/export/survey-year-end.pdf?year=" + year)) {
      assertEquals(403, get(employee, path).statusCode(), path);
    }

    HttpClient hr = signedIn(account("hr", null, "HR"), "ko");
    for (String path :
        List.of(
            "hr/export/survey-results.pdf?round=999999999",
            "hr/export/survey-results.pdf?round=soon",
            "hr/export/survey-year-end.xlsx?year=" + year + "&internal=" + external,
            "hr/export/survey-year-end.pdf?year=" + (year - 1) + "&internal=" + round,
            "hr/export/survey-year-end.xlsx?year=" + year + "&external=" + round,
            "hr/export/survey-year-end.pdf?year=soon")) {
      assertEquals(404, get(hr, path).statusCode(), path);
    }
  }

  private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(address(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElseThrow();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static Row row(org.apache.poi.ss.usermodel.Sheet sheet, String label) {
    for (Row row : sheet) {
      if (label.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no line " + label);
  }

  private static List<Double> numbers(Row row, int count) {
    List<Double> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      numbers.add(row.getCell(i).getNumericCellValue());
    }
    return numbers;
  }
}
