package kr.cheongnabi.survey.control;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.cheongnabi.survey.control.SurveyPdf.Column;

/**
 * The year-end figures as an A4 PDF in the reader's language: what the document is (the project's
 * own layout, not the commission's form), the table of {@link YearEnd#lines} with the internal and
 * the external round side by side, and how each figure is counted.
 */
public final class YearEndDocument {

  private static final float LABEL = 140;
  private static final float FIGURE = (SurveyPdf.TEXT_WIDTH - LABEL) / 6;

  private YearEndDocument() {}

  /**
   * @param today the day it is made, printed on it
   */
  public static void write(YearEnd summary, LocalDate today, Locale locale, OutputStream out) {
    try (var pdf = new SurveyPdf(locale)) {
      String year = String.valueOf(summary.year());
      pdf.title(pdf.text("survey.yearEnd.title", year), null);
      pdf.paragraph(pdf.text("survey.yearEnd.rendition"));
      pdf.facts(
          List.of(
              new String[] {pdf.text("survey.pdf.year"), year},
              new String[] {
                pdf.text("survey.pdf.minimum"),
                pdf.text("survey.pdf.minimumRule", String.valueOf(UnitRollUp.MINIMUM))
              },
              new String[] {pdf.text("survey.pdf.made"), today.toString()}));
      pdf.heading(pdf.text("survey.yearEnd.figures"));
      List<Column> columns = new ArrayList<>();
      columns.add(new Column(pdf.text("survey.yearEnd.column.figure"), LABEL, false));
      for (String heading : summary.headings(pdf::text)) {
        columns.add(new Column(heading, FIGURE, true));
      }
      List<List<String>> rows = new ArrayList<>();
      Set<Integer> strong = new HashSet<>();
      for (YearEnd.Line line : summary.lines(locale, pdf::text)) {
        if (line.strong()) {
          strong.add(rows.size());
        }
        List<String> row = new ArrayList<>();
        row.add(line.label());
        row.addAll(line.shown());
        rows.add(row);
      }
      pdf.table(columns, rows, strong);
      pdf.heading(pdf.text("survey.yearEnd.notes"));
      for (String note : YearEnd.NOTES) {
        pdf.paragraph(pdf.text("survey.yearEnd.note." + note, UnitRollUp.MINIMUM));
      }
      String title = pdf.text("survey.yearEnd.title", year);
      pdf.write(title, title, out);
    }
  }
}
