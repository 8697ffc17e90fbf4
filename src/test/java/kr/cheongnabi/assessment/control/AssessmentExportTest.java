package kr.cheongnabi.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.assessment.control.AssessmentReport.PersonRow;
import kr.cheongnabi.assessment.control.AssessmentReport.Report;
import kr.cheongnabi.assessment.entity.SelfAssessment;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The report by person as Excel reads it: CSV with a byte-order mark, and XLSX. */
class AssessmentExportTest {

  private static final Bilingual AUDIT = new Bilingual("감사관", "Inspector General");

  private final Report report =
      new Report(
          new SelfAssessment(
              new TrainingYear(2026),
              "senior-self-assessment",
              LocalDate.of(2026, 6, 30),
              0,
              "hr",
              Instant.parse("2026-03-02T00:00:00Z")),
          AssessmentReport.Figures.of(List.of()),
          List.of(
              new PersonRow(
                  1,
                  "S-001",
                  "김국장",
                  AUDIT,
                  "국장",
                  LocalDate.of(2026, 3, 2),
                  LocalDate.of(2026, 4, 1),
                  80,
                  true,
                  2,
                  true),
              new PersonRow(
                  2,
                  "S-002",
                  "=HYPERLINK(\"x\")",
                  AUDIT,
                  null,
                  LocalDate.of(2026, 3, 2),
                  null,
                  null,
                  false,
                  0,
                  false)));

  private static String text(String key, Object[] args) {
    return switch (key) {
      case "selfAssessment.yes" -> "Yes";
      case "selfAssessment.no" -> "No";
      case "selfAssessment.noLongerAsked" -> "no longer a senior official";
      case "selfAssessment.export.sheet" -> "Self-assessment " + args[0];
      default -> key.substring(key.lastIndexOf('.') + 1);
    };
  }

  @Test
  void csvStartsWithTheByteOrderMarkAndKeepsKoreanAndMakesFormulasText() {
    var out = new ByteArrayOutputStream();
    AssessmentExport.csv(report, false, Locale.KOREAN, AssessmentExportTest::text, out);
    var bytes = out.toByteArray();

    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    var lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
    assertEquals(
        "number,name,unit,position,assignedOn,completed,completedOn,best,passed,attempts,note",
        lines[0]);
    assertEquals("S-001,김국장,감사관,국장,2026-03-02,Yes,2026-04-01,80,Yes,2,", lines[1]);
    assertEquals(
        "S-002,\"'=HYPERLINK(\"\"x\"\")\",감사관,,2026-03-02,No,,,,0,no longer a senior official",
        lines[2]);
  }

  @Test
  void theFilterLeavesOnlyThoseWhoHaveNotCompleted() {
    var out = new ByteArrayOutputStream();
    AssessmentExport.csv(report, true, Locale.ENGLISH, AssessmentExportTest::text, out);
    var csv = out.toString(StandardCharsets.UTF_8);

    assertTrue(csv.contains("S-002"));
    assertTrue(!csv.contains("S-001"));
    assertEquals(
        "self-assessment-2026-not-completed.csv", AssessmentExport.fileName(report, true, "csv"));
  }

  @Test
  void xlsxWritesScoresAndAttemptsAsNumbers() throws Exception {
    var out = new ByteArrayOutputStream();
    AssessmentExport.xlsx(report, false, Locale.ENGLISH, AssessmentExportTest::text, out);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = book.getSheetAt(0);
      assertEquals("Self-assessment 2026", sheet.getSheetName());
      assertEquals("Inspector General", sheet.getRow(1).getCell(2).getStringCellValue());
      assertEquals(80.0, sheet.getRow(1).getCell(7).getNumericCellValue());
      assertEquals(2.0, sheet.getRow(1).getCell(9).getNumericCellValue());
      assertEquals(3, sheet.getPhysicalNumberOfRows());
    }
  }

  @Test
  void theFiguresCountTheCompletedAndPassedAndAverageTheBestScoresOfTheCompleted() {
    var row = report.rows().get(0);
    var other =
        new PersonRow(
            3, "S-003", "박과장", AUDIT, null, null, LocalDate.of(2026, 5, 1), 65, false, 3, true);
    var third =
        new PersonRow(
            4, "S-004", "이국장", AUDIT, null, null, LocalDate.of(2026, 5, 2), 100, true, 1, true);
    var figures = AssessmentReport.Figures.of(List.of(row, report.rows().get(1), other, third));

    assertEquals(4, figures.assigned());
    assertEquals(3, figures.completed());
    assertEquals(2, figures.passed());
    // (80 + 65 + 100) / 3 = 81.666…
    assertEquals(new BigDecimal("81.7"), figures.averagePercent());
    assertEquals(75, figures.completionPercent());
  }
}
