package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import kr.cheongnabi.platform.entity.Bilingual;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryDocumentTest {

  private static final LocalDate ON = LocalDate.of(2025, 11, 3);

  private static UnitStanding unit(long id, Long parent, String code, String nameKo, int met) {
    return new UnitStanding(
        id,
        parent,
        code,
        new Bilingual(nameKo, "Team " + code),
        0,
        5,
        4,
        met,
        1,
        3 - met,
        0,
        1200,
        300L * met,
        1200 - 300L * met);
  }

  /** A bureau with the given number of teams under it; team i has i % 4 people who met it. */
  private static StandingTree bureauWith(int teams) {
    var units = new ArrayList<UnitStanding>();
    units.add(unit(1, null, "AUD", "감사관실", 0));
    for (var i = 0; i < teams; i++) {
      units.add(unit(100 + i, 1L, "AUD-%03d".formatted(i), "감사%d팀".formatted(i), i % 4));
    }
    return StandingTree.of(units);
  }

  private static String textOf(byte[] pdf, String file) throws Exception {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", file), pdf);
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void aUnitsSummaryShowsItsTotalsInKoreanAndEverySubUnitOverAsManyPagesAsNeeded()
      throws Exception {
    var out = new ByteArrayOutputStream();
    SummaryDocument.write(bureauWith(60), 1, 2025, ON, Locale.KOREAN, out);
    var text = textOf(out.toByteArray(), "summary-ko.pdf");
    try (var document = Loader.loadPDF(out.toByteArray())) {
      assertTrue(document.getNumberOfPages() >= 3, "table and chart continue on further pages");
    }
    assertTrue(text.contains("청렴교육 이수 현황 요약"), text);
    assertTrue(text.contains("교육연도: 2025"), text);
    assertTrue(text.contains("부서: 감사관실 (AUD)"), text);
    assertTrue(text.contains("작성일: 2025-11-03"), text);
    // The bureau and 60 teams, 4 owing in each; 15 teams each with 0, 1, 2 and 3 who met it.
    assertTrue(text.contains("대상 인원 244명"), text);
    assertTrue(text.contains("목표 달성 90명"), text);
    assertTrue(text.contains("이수율 36%"), text);
    assertTrue(text.contains("이수 시간 450시간"), text);
    for (var i = 0; i < 60; i++) {
      var name = "감사%d팀".formatted(i);
      assertEquals(2, text.split(name + " ", -1).length - 1, name + " in the table and the chart");
    }
  }

  @Test
  void theWholeOrganisationsSummaryInEnglish() throws Exception {
    var out = new ByteArrayOutputStream();
    SummaryDocument.write(
        bureauWith(2), StandingTree.WHOLE_ORGANISATION, 2025, ON, Locale.ENGLISH, out);
    var text = textOf(out.toByteArray(), "summary-en.pdf");
    assertTrue(text.contains("Integrity training summary"), text);
    assertTrue(text.contains("Unit: Whole organisation"), text);
    assertTrue(text.contains("People owing hours 12"), text);
    assertTrue(text.contains("Rate Credited Missing"), text);
    assertTrue(text.contains("Team AUD 12 1 3 8 8% 5 h 55 h"), text);
    assertTrue(text.contains("Completion by sub-unit"), text);
  }

  @Test
  void aUnitWithoutSubUnitsSaysSo() throws Exception {
    var out = new ByteArrayOutputStream();
    SummaryDocument.write(bureauWith(1), 100, 2025, ON, Locale.KOREAN, out);
    var text = textOf(out.toByteArray(), "summary-team-ko.pdf");
    assertTrue(text.contains("하위 부서가 없습니다."), text);
  }
}
