package kr.cheongnabi.assessment.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import kr.cheongnabi.assessment.control.AssessmentReport.PersonRow;
import kr.cheongnabi.assessment.control.AssessmentReport.Report;
import kr.cheongnabi.platform.control.CsvCell;
import kr.cheongnabi.report.control.GapCsv;
import kr.cheongnabi.report.control.XlsxTable;

/**
 * The report by person as one table, for CSV (UTF-8 with a byte-order mark and CRLF, as Excel reads
 * it, text that Excel would run made safe by {@link CsvCell}) or XLSX (numbers as numbers): a row
 * per senior official, in the page's order and with its filter, the column names and yes/no in the
 * person's language.
 */
public final class AssessmentExport {

  static final List<String> COLUMNS =
      List.of(
          "number",
          "name",
          "unit",
          "position",
          "assignedOn",
          "completed",
          "completedOn",
          "best",
          "passed",
          "attempts",
          "note");
  private static final int[] WIDTHS = {14, 14, 28, 16, 12, 10, 12, 10, 10, 10, 24};

  private AssessmentExport() {}

  /**
   * @param text the page's words in the person's language: a message key and its arguments
   */
  public static void csv(
      Report report,
      boolean notCompletedOnly,
      Locale locale,
      BiFunction<String, Object[], String> text,
      OutputStream out) {
    try {
      var csv = GapCsv.excelPrinter(out);
      csv.printRecord(CsvCell.row(headers(text)));
      for (var row : report.rows(notCompletedOnly)) {
        csv.printRecord(CsvCell.row(values(row, locale, text)));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void xlsx(
      Report report,
      boolean notCompletedOnly,
      Locale locale,
      BiFunction<String, Object[], String> text,
      OutputStream out) {
    var sheet =
        text.apply("selfAssessment.export.sheet", new Object[] {report.assessment().getYear()});
    try (var table = new XlsxTable(sheet, headers(text), WIDTHS)) {
      for (var row : report.rows(notCompletedOnly)) {
        table.row(values(row, locale, text));
      }
      table.write(out);
    }
  }

  /** The file's name: the assessment's year, and whether only those not completed are in it. */
  public static String fileName(Report report, boolean notCompletedOnly, String extension) {
    return "self-assessment-"
        + report.assessment().getYear()
        + (notCompletedOnly ? "-not-completed" : "")
        + "."
        + extension;
  }

  private static List<String> headers(BiFunction<String, Object[], String> text) {
    return COLUMNS.stream().map(c -> text.apply("selfAssessment.col." + c, new Object[0])).toList();
  }

  static List<Object> values(
      PersonRow row, Locale locale, BiFunction<String, Object[], String> text) {
    var yes = text.apply("selfAssessment.yes", new Object[0]);
    var no = text.apply("selfAssessment.no", new Object[0]);
    var values = new ArrayList<Object>();
    values.addAll(
        Arrays.asList(
            row.employeeNumber(),
            row.name(),
            row.unitName().in(locale),
            row.position(),
            row.assignedOn() == null ? null : row.assignedOn().toString(),
            row.completed() ? yes : no,
            row.completedOn() == null ? null : row.completedOn().toString(),
            row.bestPercent(),
            row.completed() ? (row.passed() ? yes : no) : null,
            row.attempts(),
            row.stillAsked() ? null : text.apply("selfAssessment.noLongerAsked", new Object[0])));
    return values;
  }
}
