package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A round's results as a PDF, read back as text page by page. */
class ResultsDocumentTest {

  private static final LocalDate ON = LocalDate.of(2026, 10, 5);

  /** The PDF's text, page by page (kept in target/ to look at). */
  static List<String> pages(byte[] pdf, String file) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", file), pdf);
    List<String> pages = new ArrayList<>();
    try (var document = Loader.loadPDF(pdf)) {
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        var box = document.getPage(p - 1).getMediaBox();
        assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 0.01, "A4");
        assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 0.01, "A4");
        var stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document));
      }
    }
    return pages;
  }

  private static byte[] pdf(Results results, Locale locale) {
    var out = new ByteArrayOutputStream();
    ResultsDocument.write(results, ON, locale, out);
    return out.toByteArray();
  }

  @Test
  void theHandCalculationInKoreanWithLastYearBesideAndTheRuleOfFive() throws Exception {
    var results =
        HandResults.internal(
            8,
            HandResults.eight(),
            List.of(
                HandResults.unit(7, "감사팀", "Audit", 10, 6, 62.5),
                HandResults.unit(9, "민원실", "Civil", 3, 2, null)));
    var pages = pages(pdf(results, Locale.KOREAN), "survey-results-ko.pdf");
    String text = String.join("\n", pages);
    assertTrue(text.contains("청렴도 설문 결과"), text);
    assertTrue(text.contains("연도 2026"), text);
    assertTrue(text.contains("기간 2026-09-01 – 2026-09-30"), text);
    assertTrue(text.contains("응답률 61.5% (13명 중 8명)"), text);
    assertTrue(text.contains("최소 집단 크기 응답 5건"), text);
    assertTrue(text.contains("작성일 2026-10-05"), text);
    // The points: 62.5 everywhere this year, 100.0 last year.
    assertTrue(text.contains("영역 2026 2025 증감"), text);
    assertTrue(text.contains("종합 62.5 100.0 -37.5"), text);
    assertTrue(text.contains("조직문화 62.5 100.0 -37.5"), text);
    assertTrue(text.contains("영역별 점수: 올해와 지난해"), text);
    assertTrue(text.contains("감사팀 10 6 60.0 62.5"), text);
    assertTrue(text.contains("민원실 3 5명 미만 – –"), text);
    // c1: five "strongly agree" of eight, 62.5%.
    assertTrue(text.contains("1. 가"), text);
    assertTrue(text.contains("문항 점수 81.3점"), text);
    assertTrue(text.contains("매우 그렇다 5건 (62.5%)"), text);
    assertTrue(text.contains("경험 있음 3건 (37.5%)"), text);
    for (int p = 0; p < pages.size(); p++) {
      assertTrue(pages.get(p).contains((p + 1) + " / " + pages.size() + "쪽"), pages.get(p));
    }
  }

  @Test
  void manyUnitsRunOverPagesWithNoRowCutAndTheHeaderOnEachPage() throws Exception {
    List<UnitRate> units = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      units.add(HandResults.unit(1000 + i, "부서" + i, "Unit " + i, 20, 10 + i % 5, 70.0 + i % 7));
    }
    var pages =
        pages(
            pdf(HandResults.internal(8, HandResults.eight(), units), Locale.ENGLISH),
            "survey-results-units-en.pdf");
    assertTrue(pages.size() >= 4, "150 units take pages: " + pages.size());
    int rows = 0;
    for (int p = 0; p < pages.size(); p++) {
      String page = pages.get(p);
      assertTrue(page.contains("Page " + (p + 1) + " of " + pages.size()), page);
      for (String line : page.split("\\R")) {
        if (line.startsWith("Unit ") && !line.startsWith("Unit Asked")) {
          // A row is whole: its name and its four figures on one line of one page.
          assertTrue(line.matches("Unit \\d+ 20 1\\d (5\\d|6\\d|7\\d)\\.\\d 7\\d\\.0"), line);
          rows++;
        }
      }
      boolean unitRowsHere = page.lines().anyMatch(l -> l.matches("Unit \\d+ 20 .*"));
      if (unitRowsHere) {
        assertTrue(page.contains("Unit Asked Answered Rate (%) Points"), "header on page " + p);
      }
    }
    assertEquals(150, rows, "every unit once");
  }

  @Test
  void underFiveResponsesThereAreNoPointsAndNoDistributions() throws Exception {
    var counts = new AnswerCounts().add(1, 5, 2).add(2, 2, 2).add(3, 0, 2);
    var pages =
        pages(
            pdf(
                HandResults.internal(
                    2, counts, List.of(HandResults.unit(7, "팀", "Team", 4, 2, null))),
                Locale.ENGLISH),
            "survey-results-few-en.pdf");
    String text = String.join("\n", pages);
    assertTrue(
        text.contains("Fewer than 5 responses: no points or distributions are shown."), text);
    assertFalse(text.contains("Overall 100.0"), text);
    assertFalse(text.contains("Strongly agree"), text);
    assertTrue(text.contains("Team 4 fewer than 5 – –"), text);
  }

  @Test
  void anExternalRoundShowsItsCodesByGroup() throws Exception {
    var text =
        String.join(
            "\n",
            pages(
                pdf(HandResults.external(8, HandResults.eight()), Locale.ENGLISH),
                "survey-results-external-en.pdf"));
    assertTrue(text.contains("Response rate 26.7% (8 of 30)"), text);
    assertTrue(text.contains("Construction 20 7 35.0"), text);
    assertTrue(text.contains("Subsidies 10 fewer than 5 –"), text);
    assertTrue(text.contains("Overall 62.5 – –"), "no last year: " + text);
  }
}
