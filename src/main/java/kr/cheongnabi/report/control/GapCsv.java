package kr.cheongnabi.report.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kr.cheongnabi.platform.control.CsvCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The gap list as CSV that Excel opens with Korean intact: UTF-8 with a byte-order mark, CRLF line
 * ends, one row per employee written as the database sends it (nothing is held in memory); names
 * and other text that Excel would run as a formula are written as {@link CsvCell} makes them safe.
 */
@Stateless
public class GapCsv {

  @Inject GapReport report;

  public void write(GapQuery query, StandingTree tree, Locale locale, OutputStream out) {
    var columns = new GapColumns(locale);
    try {
      var csv = excelPrinter(out);
      csv.printRecord(CsvCell.row(columns.headers()));
      report.forEach(
          query,
          tree,
          gap -> {
            try {
              csv.printRecord(CsvCell.row(columns.values(gap)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSV that Excel reads as UTF-8: the byte-order mark first, then CRLF-ended records. */
  public static CSVPrinter excelPrinter(OutputStream out) throws IOException {
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 65536);
    writer.write('\uFEFF');
    return new CSVPrinter(writer, CSVFormat.EXCEL);
  }
}
