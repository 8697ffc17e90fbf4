package kr.cheongnabi.assessment.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.cheongnabi.assessment.control.AssessmentExport;
import kr.cheongnabi.assessment.control.SelfAssessments;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.report.boundary.ComplianceExportServlet;

/**
 * The report by person of a year's self-assessment ({@code year}; {@code notCompleted=true} for
 * those who have not completed it) as CSV or XLSX, in the person's language. Under /hr/, so only HR
 * gets it; "not found" for a year without an assessment.
 */
@WebServlet({SelfAssessmentExportServlet.CSV, SelfAssessmentExportServlet.XLSX})
public class SelfAssessmentExportServlet extends HttpServlet {

  static final String CSV = "/hr/export/self-assessment.csv";
  static final String XLSX = "/hr/export/self-assessment.xlsx";

  private static final long serialVersionUID = 1L;

  @Inject SelfAssessments assessments;
  @Inject Accounts accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int year;
    try {
      year = Integer.parseInt(request.getParameter("year"));
    } catch (NumberFormatException notAYear) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var report = assessments.report(year);
    if (report.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = ComplianceExportServlet.localeOf(request, accounts);
    boolean notCompleted = "true".equals(request.getParameter("notCompleted"));
    boolean csv = request.getServletPath().equals(CSV);
    ComplianceExportServlet.start(
        response,
        csv
            ? "text/csv; charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AssessmentExport.fileName(report.get(), notCompleted, csv ? "csv" : "xlsx"));
    if (csv) {
      AssessmentExport.csv(
          report.get(),
          notCompleted,
          locale,
          (key, args) -> Messages.format(locale, key, args),
          response.getOutputStream());
    } else {
      AssessmentExport.xlsx(
          report.get(),
          notCompleted,
          locale,
          (key, args) -> Messages.format(locale, key, args),
          response.getOutputStream());
    }
  }
}
