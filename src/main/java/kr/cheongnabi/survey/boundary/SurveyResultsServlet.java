package kr.cheongnabi.survey.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.report.boundary.ComplianceExportServlet;
import kr.cheongnabi.survey.control.ResultsDocument;
import kr.cheongnabi.survey.control.ResultsExport;
import kr.cheongnabi.survey.control.SurveyResults;
import kr.cheongnabi.survey.control.SurveyYearEnd;
import kr.cheongnabi.survey.control.YearEnd;
import kr.cheongnabi.survey.control.YearEndDocument;
import kr.cheongnabi.survey.control.YearEndExport;

/**
 * A round's results ({@code round}) as CSV, XLSX or PDF, and a year's figures for the year-end
 * report ({@code year}, with the chosen {@code internal} and {@code external} rounds, else the
 * year's first) as XLSX or PDF, in the person's language. Under /hr/, so only HR gets them; "not
 * found" for a round that is not one, or not one of that year and kind.
 */
@WebServlet({
  SurveyResultsServlet.CSV,
  SurveyResultsServlet.XLSX,
  SurveyResultsServlet.PDF,
  SurveyResultsServlet.YEAR_END_XLSX,
  SurveyResultsServlet.YEAR_END_PDF
})
public class SurveyResultsServlet extends HttpServlet {

  static final String CSV = "/hr/export/survey-results.csv";
  static final String XLSX = "/hr/export/survey-results.xlsx";
  static final String PDF = "/hr/export/survey-results.pdf";
  static final String YEAR_END_XLSX = "/hr/export/survey-year-end.xlsx";
  static final String YEAR_END_PDF = "/hr/export/survey-year-end.pdf";

  private static final long serialVersionUID = 1L;
  private static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject SurveyResults results;
  @Inject SurveyYearEnd yearEnd;
  @Inject Accounts accounts;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var locale = ComplianceExportServlet.localeOf(request, accounts);
    var today = LocalDate.now(clock.withZone(TrainingYear.KOREA));
    BiFunction<String, Object[], String> text = (key, args) -> Messages.format(locale, key, args);
    String path = request.getServletPath();
    if (path.equals(YEAR_END_XLSX) || path.equals(YEAR_END_PDF)) {
      YearEnd summary;
      try {
        summary =
            yearEnd.of(
                new TrainingYear(Integer.parseInt(request.getParameter("year"))).value(),
                round(request, "internal"),
                round(request, "external"));
      } catch (IllegalArgumentException | BusinessException notAYearOrRound) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      String name = Messages.format(locale, "survey.yearEnd.file") + "-" + summary.year();
      if (path.equals(YEAR_END_XLSX)) {
        ComplianceExportServlet.start(response, XLSX_TYPE, name + ".xlsx");
        YearEndExport.xlsx(summary, locale, text, response.getOutputStream());
      } else {
        ComplianceExportServlet.start(response, "application/pdf", name + ".pdf");
        YearEndDocument.write(summary, today, locale, response.getOutputStream());
      }
      return;
    }
    SurveyResults.Results shown;
    try {
      shown = results.of(Long.parseLong(request.getParameter("round")));
    } catch (NumberFormatException | BusinessException notARound) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name = shown.round().getSurveyKey() + "-" + shown.round().getYear();
    switch (path) {
      case CSV -> {
        ComplianceExportServlet.start(response, "text/csv; charset=UTF-8", name + ".csv");
        ResultsExport.csv(shown, locale, text, response.getOutputStream());
      }
      case XLSX -> {
        ComplianceExportServlet.start(response, XLSX_TYPE, name + ".xlsx");
        ResultsExport.xlsx(shown, locale, text, response.getOutputStream());
      }
      default -> {
        ComplianceExportServlet.start(response, "application/pdf", name + ".pdf");
        ResultsDocument.write(shown, today, locale, response.getOutputStream());
      }
    }
  }

  /** The round chosen for a kind, or null for the year's first; not a number is not found. */
  private static Long round(HttpServletRequest request, String kind) {
    String value = request.getParameter(kind);
    return value == null || value.isBlank() ? null : Long.valueOf(value);
  }
}
