package kr.cheongnabi.survey.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.control.CsvCell;
import kr.cheongnabi.report.boundary.ComplianceExportServlet;
import kr.cheongnabi.report.control.GapCsv;
import kr.cheongnabi.survey.control.ContactFile;

/**
 * The contacts file given back with two more columns, each contact's code and the link that opens
 * the survey with it, for HR's mail merge: the codes exist nowhere else (the database keeps their
 * hashes only). Written as the page's response, which then ends.
 */
final class ContactCodesCsv {

  private ContactCodesCsv() {}

  static void send(ContactFile.Read contacts, List<String> codes, String fileName) {
    var faces = FacesContext.getCurrentInstance();
    var request = (HttpServletRequest) faces.getExternalContext().getRequest();
    var response = (HttpServletResponse) faces.getExternalContext().getResponse();
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/survey.xhtml?code=";
    ComplianceExportServlet.start(response, "text/csv; charset=UTF-8", fileName);
    try {
      var csv = GapCsv.excelPrinter(response.getOutputStream());
      List<Object> header = new ArrayList<>(contacts.header());
      header.add("code");
      header.add("link");
      csv.printRecord(CsvCell.row(header));
      for (int i = 0; i < codes.size(); i++) {
        List<Object> row = new ArrayList<>(contacts.contacts().get(i).cells());
        row.add(codes.get(i));
        row.add(base + URLEncoder.encode(codes.get(i), StandardCharsets.US_ASCII));
        csv.printRecord(CsvCell.row(row));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
