package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.platform.entity.Bilingual;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CommissionExportTest {

  private static final CommissionRow AUDIT =
      new CommissionRow(
          "AUD", new Bilingual("감사관실", "Audit Bureau"), 10, 8, 5, 2, 2710, 1500, 900, 300);
  private static final CommissionRow WELFARE =
      new CommissionRow("WEL", new Bilingual("복지국", "Welfare Bureau"), 3, 0, 0, 3, 0, 0, 0, 0);
  private static final CommissionReport REPORT =
      new CommissionReport(
          2025, List.of(AUDIT, WELFARE), CommissionRow.empty("", null).plus(AUDIT).plus(WELFARE));

  @Test
  void sharesArePerCentOfOnlineInPersonAndExternalMinutesWithOneDecimal() {
    assertEquals(new BigDecimal("55.6"), AUDIT.onlineShare());
    assertEquals(new BigDecimal("33.3"), AUDIT.inPersonShare());
    assertEquals(new BigDecimal("0.0"), WELFARE.onlineShare(), "no training, no share");
  }

  @Test
  void theCsvHasABomKoreanHeadersAUnitPerLineAndTheTotal() {
    var out = new ByteArrayOutputStream();
    CommissionExport.csv(REPORT, Locale.KOREAN, out);
    var text = out.toString(StandardCharsets.UTF_8);
    assertEquals('\uFEFF', text.charAt(0));
    var lines = text.substring(1).split("\r\n");
    assertEquals(4, lines.length);
    assertEquals(
        "부서코드,기관·부서,대상 인원,교육 인원,목표 달성 인원,법정 최소 미달 인원,총 교육 시간,"
            + "온라인 교육 시간,집합 교육 시간,외부 교육 시간,온라인 비율(%),집합 비율(%)",
        lines[0]);
    assertEquals("AUD,감사관실,10,8,5,2,45:10,25:00,15:00,5:00,55.6,33.3", lines[1]);
    assertEquals("WEL,복지국,3,0,0,3,0:00,0:00,0:00,0:00,0.0,0.0", lines[2]);
    // Excel-style CSV quotes an empty first field, so the line is not taken for a blank one.
    assertEquals("\"\",합계,13,8,5,5,45:10,25:00,15:00,5:00,55.6,33.3", lines[3]);
  }

  @Test
  void theWorkbookHasTheSameFiguresAsNumbersAndHoursAsExactDurations() throws Exception {
    var out = new ByteArrayOutputStream();
    CommissionExport.xlsx(REPORT, Locale.ENGLISH, out);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("Integrity training 2025", sheet.getSheetName());
      assertEquals("People trained", sheet.getRow(0).getCell(3).getStringCellValue());
      assertEquals("Audit Bureau", sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(2).getCellType());
      assertEquals(2710 / 1440.0, sheet.getRow(1).getCell(6).getNumericCellValue(), 1e-12);
      assertEquals("[h]:mm", sheet.getRow(1).getCell(6).getCellStyle().getDataFormatString());
      assertEquals("0.0", sheet.getRow(1).getCell(10).getCellStyle().getDataFormatString());
      assertEquals("Total", sheet.getRow(3).getCell(1).getStringCellValue());
      assertEquals(13, sheet.getRow(3).getCell(2).getNumericCellValue());
    }
  }
}
