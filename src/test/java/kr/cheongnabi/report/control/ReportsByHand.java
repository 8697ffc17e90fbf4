package kr.cheongnabi.report.control;

import java.io.OutputStream;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The gap report and its exports wired by hand as the container wires them, on a given database:
 * for the compliance benchmark, which runs outside the container, and for tests that call them
 * without HR's role. The code that runs is the application's own; nothing here repeats it.
 */
public final class ReportsByHand {

  private ReportsByHand() {}

  public static GapReport gapReport(DataSource dataSource) {
    var report = new GapReport();
    report.dataSource = dataSource;
    return report;
  }

  /** {@link GapCsv#write} through the given report. */
  public static void csv(
      GapReport report, GapQuery query, StandingTree tree, Locale locale, OutputStream out) {
    var csv = new GapCsv();
    csv.report = report;
    csv.write(query, tree, locale, out);
  }

  /** {@link GapXlsx#write} through the given report. */
  public static void xlsx(
      GapReport report, GapQuery query, StandingTree tree, Locale locale, OutputStream out) {
    var xlsx = new GapXlsx();
    xlsx.report = report;
    xlsx.write(query, tree, locale, out);
  }
}
