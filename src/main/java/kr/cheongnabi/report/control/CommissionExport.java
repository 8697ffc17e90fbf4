package kr.cheongnabi.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.ledger.control.Hours;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.CsvCell;

/**
 * The year-end summary for the commission as CSV (UTF-8 with BOM, hours as {@code 12:30}) or XLSX
 * (hours as durations, shares as numbers): the columns are documented in the README. Hours follow
 * the one rule of {@link Hours}, so a unit's parts add up to its total in the spreadsheet too.
 */
public final class CommissionExport {

  private static final List<String> KEYS =
      List.of(
          "unitCode",
          "unit",
          "owing",
          "trained",
          "metTarget",
          "belowFloor",
          "hours",
          "onlineHours",
          "inPersonHours",
          "externalHours",
          "onlineShare",
          "inPersonShare");

  private static final int[] WIDTHS = {12, 26, 11, 11, 13, 13, 13, 13, 13, 13, 13, 13};

  private CommissionExport() {}

  public static void csv(CommissionReport report, Locale locale, OutputStream out) {
    try {
      var csv = GapCsv.excelPrinter(out);
      csv.printRecord(CsvCell.row(headers(locale)));
      for (var row : rows(report, locale)) {
        // Unit names are text a person typed; a decimal written out stays a plain number.
        csv.printRecord(CsvCell.row(row.stream().map(CommissionExport::csvValue).toList()));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void xlsx(CommissionReport report, Locale locale, OutputStream out) {
    var sheet = Messages.format(locale, "export.commission.sheet", report.year());
    try (var table = new XlsxTable(sheet, headers(locale), WIDTHS)) {
      for (var row : rows(report, locale)) {
        table.row(row);
      }
      table.write(out);
    }
  }

  private static Object csvValue(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value instanceof Hours hours ? hours.clock() : value;
  }

  static List<String> headers(Locale locale) {
    return KEYS.stream().map(key -> Messages.format(locale, "export.commission." + key)).toList();
  }

  /** Every unit's line, then the total line, as values: text, whole people, hours. */
  static List<List<Object>> rows(CommissionReport report, Locale locale) {
    var rows = new ArrayList<List<Object>>();
    for (var unit : report.units()) {
      rows.add(values(unit, unit.name().in(locale)));
    }
    rows.add(values(report.total(), Messages.format(locale, "export.commission.total")));
    return rows;
  }

  private static List<Object> values(CommissionRow row, String name) {
    return List.of(
        row.code(),
        name == null ? "" : name,
        row.owing(),
        row.trained(),
        row.metTarget(),
        row.belowFloor(),
        Hours.of(row.creditedMinutes()),
        Hours.of(row.onlineMinutes()),
        Hours.of(row.inPersonMinutes()),
        Hours.of(row.externalMinutes()),
        row.onlineShare(),
        row.inPersonShare());
  }
}
