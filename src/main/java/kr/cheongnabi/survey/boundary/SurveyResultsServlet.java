package kr.cheongnabi.survey.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.report.boundary.ComplianceExportServlet;
import kr.cheongnabi.survey.control.ResultsExport;
import kr.cheongnabi.survey.control.SurveyResults;

/**
 * A round's results ({@code round}) as CSV or XLSX, in the person's language. Under /hr/, so only
 * HR gets them; "not found" for a round that is not one.
 */
@WebServlet({SurveyResultsServlet.CSV, SurveyResultsServlet.XLSX})
public class SurveyResultsServlet extends HttpServlet {

  static final String CSV = "/hr/export/survey-results.csv";
  static final String XLSX = "/hr/export/survey-results.xlsx";

  private static final long serialVersionUID = 1L;

  @Inject SurveyResults results;
  @Inject Accounts accounts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SurveyResults.Results shown;
    try {
      shown = results.of(Long.parseLong(request.getParameter("round")));
    } catch (NumberFormatException | BusinessException notARound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    var locale = ComplianceExportServlet.localeOf(request, accounts);
    boolean csv = request.getServletPath().equals(CSV);
    String name =
        shown.round().getSurveyKey() + "-" + shown.round().getYear() + (csv ? ".csv" : ".xlsx");
    ComplianceExportServlet.start(
        response,
        csv
            ? "text/csv; charset=UTF-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        name);
    if (csv) {
      ResultsExport.csv(
          shown,
          locale,
          (key, args) -> Messages.format(locale, key, args),
          response.getOutputStream());
    } else {
      ResultsExport.xlsx(
          shown,
          locale,
          (key, args) -> Messages.format(locale, key, args),
          response.getOutputStream());
    }
  }
}
