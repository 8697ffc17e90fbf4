package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.survey.control.YearEnd.Line;
import kr.cheongnabi.survey.control.YearEnd.RoundFigures;
import kr.cheongnabi.survey.control.YearEnd.Side;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The year-end figures against a hand calculation, and as a workbook and a PDF. */
class YearEndTest {

  private static final Locale EN = Locale.ENGLISH;

  private static RoundFigures figures(
      String kind, int year, long invited, long responses, AnswerCounts counts) {
    var survey = HandResults.survey(kind);
    return new RoundFigures(HandResults.round(survey, year), survey, invited, responses, counts);
  }

  /**
   * 2026: the internal round asked 13 and 8 answered (the README's eight: 62.5 points, 3
   * experienced); 2025: 12 asked, 5 answered, 100 points, nobody experienced. The external round of
   * 2026 made 30 codes, 6 answered (c1 4 ×6, c2 1 ×6, e1 experienced once); no external round in
   * 2025.
   */
  private static YearEnd year2026() {
    var external = new AnswerCounts().add(1, 4, 6).add(2, 1, 6).add(3, 1, 1).add(3, 0, 5);
    return new YearEnd(
        2026,
        Optional.of(
            new Side(
                figures("internal", 2026, 13, 8, HandResults.eight()),
                Optional.of(figures("internal", 2025, 12, 5, HandResults.lastYear())))),
        Optional.of(new Side(figures("external", 2026, 30, 6, external), Optional.empty())));
  }

  private static Line line(List<Line> lines, String key) {
    return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
  }

  private static List<Object> figures(Object... values) {
    return Arrays.asList(values);
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theFiguresFollowTheHandCalculation() {
    var lines = year2026().lines(EN, (key, args) -> Messages.format(EN, key, args));
    assertEquals(figures(13L, 12L, 1L, 30L, null, null), line(lines, "invited").figures(), "asked");
    assertEquals(figures(8L, 5L, 3L, 6L, null, null), line(lines, "respondents").figures());
    // 8 of 13 = 61.54% → 61.5; 5 of 12 = 41.67% → 41.7; change 19.8 points. 6 of 30 = 20.0.
    assertEquals(
        figures(dec("61.5"), dec("41.7"), dec("19.8"), dec("20.0"), null, null),
        line(lines, "rate").figures());
    // External: c1 4 → 75; c2 reversed 1 → 100; culture (75 + 3 × 100) / 4 = 93.75;
    // e1 five not of six → 83.33; overall 0.2 × 93.75 + 0.8 × 83.33 = 85.42 → 85.4.
    assertEquals(
        figures(dec("62.5"), dec("100.0"), dec("-37.5"), dec("85.4"), null, null),
        line(lines, "overall").figures());
    assertEquals(
        figures(dec("62.5"), dec("100.0"), dec("-37.5"), null, null, null),
        line(lines, "area:culture").figures(),
        "the internal areas come first, the external cells empty");
    assertEquals("Internal points: Culture", line(lines, "area:culture").label());
    // Experienced: three of eight internally (37.5%), none of five last year; one of six
    // externally (16.7%).
    var experienced = lines.stream().filter(l -> l.key().equals("experienced:e1")).toList();
    assertEquals(2, experienced.size(), "once for each survey");
    assertEquals(figures(3L, 0L, 3L, null, null, null), experienced.get(0).figures());
    assertEquals(figures(null, null, null, 1L, null, null), experienced.get(1).figures());
    assertEquals("Internal Q3 experienced (people): C", experienced.get(0).label());
    var shares = lines.stream().filter(l -> l.key().equals("experiencedShare:e1")).toList();
    assertEquals(
        figures(dec("37.5"), dec("0.0"), dec("37.5"), null, null, null), shares.get(0).figures());
    assertEquals(figures(null, null, null, dec("16.7"), null, null), shares.get(1).figures());
    assertEquals(List.of("8", "5", "+3", "6", "–", "–"), line(lines, "respondents").shown());
    assertEquals(
        List.of("62.5", "100.0", "-37.5", "85.4", "–", "–"), line(lines, "overall").shown());
  }

  @Test
  void underFiveResponsesThereAreCountsButNoPointsOrExperience() {
    var few = new AnswerCounts().add(1, 5, 4).add(2, 1, 4).add(3, 1, 4);
    var summary =
        new YearEnd(
            2026,
            Optional.of(new Side(figures("internal", 2026, 10, 4, few), Optional.empty())),
            Optional.empty());
    var lines = summary.lines(EN, (key, args) -> key);
    assertEquals(4L, line(lines, "respondents").figure(0));
    assertEquals(dec("40.0"), line(lines, "rate").figure(0));
    assertNull(line(lines, "overall").figure(0));
    assertNull(line(lines, "area:culture").figure(0));
    assertNull(line(lines, "experienced:e1").figure(0));
  }

  @Test
  void seoulsReportedFiguresComeOutAsReported() {
    // Plausibility against the figures Seoul published (issue 13), not a fixture of the code: a
    // 40.1% rate for 3,884 respondents means about 9,686 staff asked, and 18.4% for 1,153 about
    // 6,266 citizens; points of 83.2 after 82.1 change by +1.1, 87.0 after 96.2 by -9.2.
    assertEquals(dec("40.1"), figures("internal", 2023, 9_686, 3_884, HandResults.eight()).rate());
    assertEquals(dec("18.4"), figures("external", 2023, 6_266, 1_153, HandResults.eight()).rate());
    assertEquals("+1.1", Figures.signed(Figures.change(dec("83.2"), dec("82.1"))));
    assertEquals("-9.2", Figures.signed(Figures.change(dec("87.0"), dec("96.2"))));
    assertEquals("3,884", Figures.count(3_884));
  }

  @Test
  void theWorkbookHasALinePerFigureWithNumbersAsNumbers() throws Exception {
    var out = new ByteArrayOutputStream();
    YearEndExport.xlsx(
        year2026(), Locale.KOREAN, (key, args) -> Messages.format(Locale.KOREAN, key, args), out);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("청렴도 설문 2026", sheet.getSheetName());
      var header = sheet.getRow(0);
      assertEquals("항목", header.getCell(0).getStringCellValue());
      assertEquals("내부 2026", header.getCell(1).getStringCellValue());
      assertEquals("내부 2025", header.getCell(2).getStringCellValue());
      assertEquals("증감", header.getCell(3).getStringCellValue());
      assertEquals("외부 2026", header.getCell(4).getStringCellValue());
      var rate = sheet.getRow(6);
      assertEquals("응답률(%)", rate.getCell(0).getStringCellValue());
      assertEquals(CellType.NUMERIC, rate.getCell(1).getCellType());
      assertEquals(61.5, rate.getCell(1).getNumericCellValue(), 1e-9);
      assertEquals(19.8, rate.getCell(3).getNumericCellValue(), 1e-9);
      assertEquals(20.0, rate.getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(CellType.BLANK, rate.getCell(5).getCellType(), "no external round last year");
      assertEquals("손계산", sheet.getRow(1).getCell(1).getStringCellValue());
    }
  }

  @Test
  void thePdfSaysWhatItIsAndHoldsTheTable() throws Exception {
    var out = new ByteArrayOutputStream();
    YearEndDocument.write(year2026(), LocalDate.of(2026, 12, 20), EN, out);
    var pages = ResultsDocumentTest.pages(out.toByteArray(), "survey-year-end-en.pdf");
    String text = String.join("\n", pages);
    assertTrue(text.contains("Integrity survey figures for the year-end report, 2026"), text);
    assertTrue(text.contains("It is not the commission's official form."), text);
    assertTrue(text.contains("Respondents (people) 8 5 +3 6 – –"), text);
    assertTrue(text.contains("Response rate (%) 61.5 41.7 +19.8 20.0 – –"), text);
    assertTrue(text.contains("Points overall 62.5 100.0 -37.5 85.4 – –"), text);
    assertTrue(text.contains("How the figures are counted"), text);
    assertTrue(
        pages.get(pages.size() - 1).contains("Page " + pages.size() + " of " + pages.size()));
  }
}
