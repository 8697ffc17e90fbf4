package kr.cheongnabi.report.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.report.control.GapCsv;
import kr.cheongnabi.report.control.GapFilter;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.GapSort;
import kr.cheongnabi.report.control.ReportYears;
import kr.cheongnabi.report.control.StandingTree;

/**
 * hr/export/gaps.csv?year=Y&amp;unit=U[&amp;text=&amp;filter=&amp;sort=&amp;asc=]: the gap list of
 * a unit and everything below it as CSV (HR only, by the /hr/* constraint and the report's role),
 * written to the response row by row as the database sends them, in the reader's language.
 */
@WebServlet("/hr/export/gaps.csv")
public class GapCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject GapReport report;
  @Inject GapCsv csv;
  @Inject ReportYears years;
  @Inject Accounts accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    GapQuery query;
    try {
      query = query(request);
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    var tree = report.tree(query.year());
    var unit = tree.of(query.unitId());
    if (unit.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = ComplianceExportServlet.localeOf(request, accounts);
    ComplianceExportServlet.start(
        response,
        "text/csv; charset=UTF-8",
        ComplianceExportServlet.fileName(locale, "gaps", query.year(), unit.get(), "csv"));
    csv.write(query, tree, locale, response.getOutputStream());
  }

  private GapQuery query(HttpServletRequest request) {
    var year = request.getParameter("year");
    var unit = request.getParameter("unit");
    var filter = request.getParameter("filter");
    var sort = request.getParameter("sort");
    return new GapQuery(
        years.orThisYear(year == null ? null : Integer.valueOf(year)),
        unit == null || unit.isBlank() ? StandingTree.WHOLE_ORGANISATION : Long.parseLong(unit),
        request.getParameter("text"),
        filter == null || filter.isBlank() ? GapFilter.EVERYONE : GapFilter.valueOf(filter),
        sort == null || sort.isBlank() ? GapSort.NUMBER : GapSort.valueOf(sort),
        !"false".equals(request.getParameter("asc")));
  }
}
