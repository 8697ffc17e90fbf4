package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.entity.Bilingual;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class GapXlsxTest {

  private static final StandingTree NO_UNITS = StandingTree.of(List.of());

  /** A gap report that makes up its rows instead of reading the database. */
  private static GapReport reportOf(int rows) {
    return new GapReport() {
      @Override
      public void forEach(GapQuery query, StandingTree tree, Consumer<EmployeeGap> consumer) {
        for (var i = 0; i < rows; i++) {
          consumer.accept(gap(i));
        }
      }
    };
  }

  private static EmployeeGap gap(int i) {
    return new EmployeeGap(
        i,
        "E%06d".formatted(i),
        "김청렴" + i,
        7,
        "AUD01",
        new Bilingual("감사담당관", "Audit Office"),
        EmploymentType.FIXED_TERM,
        EmploymentStatus.ACTIVE,
        300,
        120,
        i % 400,
        i % 200,
        i % 400 - i % 200,
        0,
        false,
        false);
  }

  @Test
  void theSheetHasABoldFrozenFilteredHeaderAndOneRowPerEmployeeWithMinutesAsNumbers()
      throws Exception {
    var out = new ByteArrayOutputStream();
    ReportsByHand.xlsx(reportOf(250), GapQuery.everyoneOf(2025, 0), NO_UNITS, Locale.KOREAN, out);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertEquals("미이수 현황", sheet.getSheetName());
      assertEquals(250, sheet.getLastRowNum());
      var header = sheet.getRow(0);
      assertEquals(new GapColumns(Locale.KOREAN).headers().get(1), header.getCell(1).toString());
      assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
      assertEquals("A1:P251", sheet.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(24 * 256, sheet.getColumnWidth(3));
      var row = sheet.getRow(124);
      assertEquals("김청렴123", row.getCell(1).getStringCellValue());
      assertEquals("감사담당관", row.getCell(3).getStringCellValue());
      assertEquals("기간제", row.getCell(4).getStringCellValue());
      assertEquals(CellType.NUMERIC, row.getCell(6).getCellType());
      assertEquals(300, row.getCell(6).getNumericCellValue());
      assertEquals(123, row.getCell(8).getNumericCellValue());
      assertEquals(177, row.getCell(12).getNumericCellValue());
    }
  }

  @Test
  void aHundredThousandRowsNeverHoldMoreThanTheWindowInMemory() {
    var columns = new GapColumns(Locale.ENGLISH);
    var most = 0;
    try (var table = new XlsxTable("gaps", columns.headers(), GapXlsx.WIDTHS)) {
      for (var i = 0; i < 100_000; i++) {
        table.row(columns.values(gap(i)));
        most = Math.max(most, table.rowsInMemory());
      }
      table.write(OutputStream.nullOutputStream());
    }
    assertEquals(XlsxTable.WINDOW, most);
  }

  @Test
  void textThatLooksLikeAFormulaIsAStringCellNeverAFormula() throws Exception {
    var out = new ByteArrayOutputStream();
    try (var table = new XlsxTable("x", List.of("name"), new int[] {10})) {
      table.row(List.of("=HYPERLINK(\"http://evil.example\",\"click\")"));
      table.write(out);
    }
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
      assertEquals(CellType.STRING, cell.getCellType());
      assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", cell.getStringCellValue());
    }
  }
}
