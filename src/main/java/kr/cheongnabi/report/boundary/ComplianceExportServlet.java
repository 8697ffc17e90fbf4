package kr.cheongnabi.report.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.FileResponses;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.entity.Account;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.report.control.CommissionExport;
import kr.cheongnabi.report.control.CommissionSummary;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.GapXlsx;
import kr.cheongnabi.report.control.StandingTree;
import kr.cheongnabi.report.control.SummaryDocument;
import kr.cheongnabi.report.control.UnitStanding;

/**
 * HR's downloads of a training year ({@code year}, this year when absent): the gap list as XLSX and
 * the PDF summary of a unit ({@code unit}, the whole organisation when absent or 0), and the
 * commission's year-end summary as CSV or XLSX; "not found" for a year or unit that is not one.
 * Under /hr/, so only HR gets them; in the language of the person; written to the response as they
 * are made.
 */
@WebServlet({
  ComplianceExportServlet.GAPS_XLSX,
  ComplianceExportServlet.SUMMARY_PDF,
  ComplianceExportServlet.COMMISSION_CSV,
  ComplianceExportServlet.COMMISSION_XLSX
})
public class ComplianceExportServlet extends HttpServlet {

  static final String GAPS_XLSX = "/hr/export/gaps.xlsx";
  static final String SUMMARY_PDF = "/hr/export/summary.pdf";
  static final String COMMISSION_CSV = "/hr/export/commission.csv";
  static final String COMMISSION_XLSX = "/hr/export/commission.xlsx";

  private static final long serialVersionUID = 1L;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject GapReport report;
  @Inject GapXlsx gapXlsx;
  @Inject CommissionSummary commission;
  @Inject Accounts accounts;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    int year;
    long unitId;
    try {
      var yearParameter = request.getParameter("year");
      year =
          new TrainingYear(
                  yearParameter == null ? today.getYear() : Integer.parseInt(yearParameter))
              .value();
      var unitParameter = request.getParameter("unit");
      unitId =
          unitParameter == null ? StandingTree.WHOLE_ORGANISATION : Long.parseLong(unitParameter);
    } catch (IllegalArgumentException notAYearOrUnit) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = localeOf(request, accounts);
    var path = request.getServletPath();
    if (path.equals(COMMISSION_CSV) || path.equals(COMMISSION_XLSX)) {
      var summary = commission.of(year);
      if (path.equals(COMMISSION_CSV)) {
        start(
            response, "text/csv; charset=UTF-8", fileName(locale, "commission", year, null, "csv"));
        CommissionExport.csv(summary, locale, response.getOutputStream());
      } else {
        start(response, XLSX, fileName(locale, "commission", year, null, "xlsx"));
        CommissionExport.xlsx(summary, locale, response.getOutputStream());
      }
      return;
    }
    var tree = report.tree(year);
    var unit = tree.of(unitId);
    if (unit.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (path.equals(GAPS_XLSX)) {
      start(response, XLSX, fileName(locale, "gaps", year, unit.get(), "xlsx"));
      gapXlsx.write(GapQuery.everyoneOf(year, unitId), tree, locale, response.getOutputStream());
    } else {
      start(response, "application/pdf", fileName(locale, "summary", year, unit.get(), "pdf"));
      SummaryDocument.write(tree, unitId, year, today, locale, response.getOutputStream());
    }
  }

  /** The language the person chose on their account, else that of their browser. */
  public static Locale localeOf(HttpServletRequest request, Accounts accounts) {
    return LocaleBacking.of(
        request,
        accounts
            .findByUsername(request.getRemoteUser())
            .map(Account::getPreferredLocale)
            .orElse(null));
  }

  /** Starts an attachment download: its type, its name, and no caching or sniffing. */
  public static void start(HttpServletResponse response, String contentType, String fileName) {
    response.setContentType(contentType);
    response.setHeader("Content-Disposition", FileResponses.attachment(fileName));
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  /** E.g. {@code 이수현황-2025-AUD01.xlsx}: the export, the year and the unit's code. */
  static String fileName(Locale locale, String export, int year, UnitStanding unit, String ext) {
    var name = new StringBuilder(Messages.format(locale, "export.file." + export));
    name.append('-').append(year);
    if (unit != null && unit.unitId() != StandingTree.WHOLE_ORGANISATION) {
      name.append('-').append(unit.code());
    }
    return name.append('.').append(ext).toString();
  }
}
