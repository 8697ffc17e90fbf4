package kr.cheongnabi.report.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * The gap list as an Excel workbook with the columns of {@link GapColumns}, minutes as numbers,
 * streamed: one row per employee as the database sends it, at most {@link XlsxTable#WINDOW} of them
 * in memory.
 */
@Stateless
public class GapXlsx {

  /** Widths in characters, in the order of {@link GapColumns#headers()}. */
  static final int[] WIDTHS = {14, 12, 12, 24, 12, 10, 11, 12, 11, 11, 11, 11, 11, 16, 12, 12};

  @Inject GapReport report;

  public void write(GapQuery query, StandingTree tree, Locale locale, OutputStream out) {
    var columns = new GapColumns(locale);
    try (var table =
        new XlsxTable(Messages.format(locale, "export.gapSheet"), columns.headers(), WIDTHS)) {
      report.forEach(query, tree, gap -> table.row(columns.values(gap)));
      table.write(out);
    }
  }
}
