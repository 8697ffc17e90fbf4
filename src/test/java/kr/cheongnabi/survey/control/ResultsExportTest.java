package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ResultsExportTest {

  private static final List<SurveyResults.UnitRate> UNITS =
      List.of(
          HandResults.unit(7, "감사팀", "Audit", 10, 6, 62.5),
          HandResults.unit(9, "민원실", "Civil", 3, 2, null));

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void theTableHoldsTheHandCalculationRowByRow() {
    var results = HandResults.internal(8, HandResults.eight(), UNITS);
    var rows = ResultsExport.rows(results, Locale.ENGLISH, (key, args) -> key);
    // c1: five 5 (100) and three 3 (50) → 81.25; c2 reversed: five 2 (75), three 4 (25) → 56.25;
    // culture (81.25 + 3 × 56.25) / 4 = 62.5; e1: five not (100), three yes (0) → 62.5; overall
    // 62.5. Last year's five (5, 1, not): 100 everywhere. 8 answered of 13 asked: 61.5%.
    assertEquals(
        row("SURVEY", "hand", "Hand", 13L, 8L, new BigDecimal("61.5"), dec("62.5"), dec("100.0")),
        rows.get(0));
    assertEquals(
        row("AREA", "culture", "Culture", null, null, null, dec("62.5"), dec("100.0")),
        rows.get(1));
    assertEquals(row("ITEM", "c1", "1. A", null, 8L, null, dec("81.3"), null), rows.get(3));
    assertEquals(
        row("ANSWER", "c1=5", "survey.likert5.5", null, 5L, dec("62.5"), null, null), rows.get(8));
    assertEquals(
        row("UNIT", "7", "Audit", 10L, 6L, dec("60.0"), dec("62.5"), null),
        rows.get(rows.size() - 2));
    assertEquals(
        row("UNIT", "9", "Civil", 3L, null, null, null, null),
        rows.get(rows.size() - 1),
        "two answers: the unit's figures are not shown");
  }

  @Test
  void underFiveAnswersNoFigureIsWritten() {
    var counts = new AnswerCounts().add(1, 5, 2).add(2, 2, 2).add(3, 0, 2);
    var rows =
        ResultsExport.rows(
            HandResults.internal(2, counts, List.of(HandResults.unit(7, "팀", "T", 4, 2, null))),
            Locale.ENGLISH,
            (key, args) -> key);
    assertNull(rows.get(0).get(6));
    assertNull(rows.get(3).get(6));
    assertNull(rows.get(4).get(4), "an answer's count");
    assertNull(rows.get(rows.size() - 1).get(5));
  }

  @Test
  void anExternalRoundHasARowPerGroupOfCodes() {
    var rows =
        ResultsExport.rows(
            HandResults.external(8, HandResults.eight()), Locale.ENGLISH, (key, args) -> key);
    assertEquals(
        row("GROUP", "CONSTRUCTION", "survey.group.CONSTRUCTION", 20L, 7L, dec("35.0"), null, null),
        rows.get(rows.size() - 2));
    assertEquals(
        row("GROUP", "SUBSIDY", "survey.group.SUBSIDY", 10L, null, null, null, null),
        rows.get(rows.size() - 1));
  }

  @Test
  void theCsvStartsWithAByteOrderMarkAndTheWorkbookHasNumbers() throws Exception {
    var results = HandResults.internal(8, HandResults.eight(), UNITS);
    var csv = new ByteArrayOutputStream();
    ResultsExport.csv(
        results, Locale.KOREAN, (key, args) -> Messages.format(Locale.KOREAN, key, args), csv);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    assertEquals("구분,키,내용,대상·초대,응답,비율(%),점수,지난해 점수", text.substring(1, text.indexOf("\r\n")));
    assertTrue(text.contains("\r\nSURVEY,hand,손계산,13,8,61.5,62.5,100.0\r\n"), text);

    var xlsx = new ByteArrayOutputStream();
    ResultsExport.xlsx(
        results, Locale.ENGLISH, (key, args) -> Messages.format(Locale.ENGLISH, key, args), xlsx);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("Points last year", sheet.getRow(0).getCell(7).getStringCellValue());
      var survey = sheet.getRow(1);
      assertEquals(CellType.NUMERIC, survey.getCell(6).getCellType());
      assertEquals(62.5, survey.getCell(6).getNumericCellValue(), 1e-9);
      assertEquals(13, survey.getCell(3).getNumericCellValue(), 1e-9);
    }
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
