package kr.cheongnabi.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import kr.cheongnabi.ledger.control.Hours;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of one table, streamed: a bold, frozen header row with an auto-filter, column widths
 * given (measuring every row would be slow), text as text and numbers as numbers. Only the last
 * {@link #WINDOW} rows are in memory; the others wait in a compressed temporary file, which {@link
 * #close()} deletes.
 */
public final class XlsxTable implements AutoCloseable {

  static final int WINDOW = 100;

  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final int columns;
  private final CellStyle decimal;
  private final CellStyle duration;
  private int nextRow;

  /**
   * @param widths each column's width in characters
   */
  public XlsxTable(String sheetName, List<String> headers, int[] widths) {
    if (headers.size() != widths.length) {
      throw new IllegalArgumentException(
          headers.size() + " headers but " + widths.length + " widths");
    }
    workbook = new SXSSFWorkbook(WINDOW);
    workbook.setCompressTempFiles(true);
    sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
    columns = headers.size();
    var bold = workbook.createFont();
    bold.setBold(true);
    var headerStyle = workbook.createCellStyle();
    headerStyle.setFont(bold);
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    duration = workbook.createCellStyle();
    duration.setDataFormat(workbook.createDataFormat().getFormat(Hours.SPREADSHEET_FORMAT));
    var header = sheet.createRow(nextRow++);
    for (var i = 0; i < columns; i++) {
      var cell = header.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(headerStyle);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /**
   * A row: numbers become numeric cells (decimals shown with one place), hours durations ({@code
   * 7:15}, exact and summed exactly), anything else text.
   */
  public void row(List<?> values) {
    var row = sheet.createRow(nextRow++);
    for (var i = 0; i < values.size(); i++) {
      var value = values.get(i);
      var cell = row.createCell(i);
      if (value instanceof Hours hours) {
        cell.setCellValue(hours.days());
        cell.setCellStyle(duration);
      } else if (value instanceof BigDecimal number) {
        cell.setCellValue(number.doubleValue());
        cell.setCellStyle(decimal);
      } else if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
    }
  }

  /** How many rows are held in memory now: never more than {@link #WINDOW}. */
  int rowsInMemory() {
    return sheet.getLastRowNum() - sheet.getLastFlushedRowNum();
  }

  public void write(OutputStream out) {
    sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, columns - 1));
    try {
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook could not be written", e);
    }
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
