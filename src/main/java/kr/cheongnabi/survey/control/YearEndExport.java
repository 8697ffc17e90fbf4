package kr.cheongnabi.survey.control;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import kr.cheongnabi.report.control.XlsxTable;

/**
 * The year-end figures as a workbook: a line per figure, the internal round's figures this year,
 * last year and the change, then the external round's the same; people as whole numbers, points and
 * per cents as numbers with one decimal, a figure that is not there an empty cell.
 */
public final class YearEndExport {

  private static final int[] WIDTHS = {60, 16, 16, 12, 16, 16, 12};

  private YearEndExport() {}

  /**
   * @param text the words in the reader's language: a message key and its arguments
   */
  public static void xlsx(
      YearEnd summary, Locale locale, BiFunction<String, Object[], String> text, OutputStream out) {
    List<String> headers = new ArrayList<>();
    headers.add(text.apply("survey.yearEnd.column.figure", new Object[0]));
    headers.addAll(summary.headings(text));
    String sheet =
        text.apply("survey.yearEnd.sheet", new Object[] {String.valueOf(summary.year())});
    try (var table = new XlsxTable(sheet, headers, WIDTHS)) {
      for (YearEnd.Line line : summary.lines(locale, text)) {
        List<Object> row = new ArrayList<>();
        row.add(line.label());
        row.addAll(line.figures());
        table.row(row);
      }
      table.write(out);
    }
  }
}
