package kr.cheongnabi.survey.control;

import static kr.cheongnabi.survey.control.SurveyPdf.BRAND;
import static kr.cheongnabi.survey.control.SurveyPdf.LAST_YEAR;
import static kr.cheongnabi.survey.control.SurveyPdf.MARGIN;
import static kr.cheongnabi.survey.control.SurveyPdf.TEXT_WIDTH;
import static kr.cheongnabi.survey.control.SurveyPdf.TRACK;
import static kr.cheongnabi.survey.control.SurveyPdf.box;
import static kr.cheongnabi.survey.control.SurveyPdf.show;
import static kr.cheongnabi.survey.control.SurveyPdf.width;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.cheongnabi.survey.control.SurveyPdf.Column;
import kr.cheongnabi.survey.control.SurveyResults.AreaFigure;
import kr.cheongnabi.survey.control.SurveyResults.GroupRate;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.SurveyItem;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A round's results as an A4 PDF, in the reader's language: the round and its dates, the response
 * rate overall and by unit (rolled up, the minimum group size stated) or by group of external
 * respondents, the points per area and overall beside last year's with a bar chart of the two, and
 * how each question was answered. Under 5 responses it shows no points and no distribution, as the
 * page does.
 */
public final class ResultsDocument {

  private static final float CHART_LABEL = 150;
  private static final float CHART_ROW = 30;
  private static final float BAR = 9;

  private final SurveyPdf pdf;
  private final Results results;
  private final int year;

  private ResultsDocument(SurveyPdf pdf, Results results) {
    this.pdf = pdf;
    this.results = results;
    this.year = results.round().getYear();
  }

  /**
   * @param today the day it is made, printed on it
   */
  public static void write(Results results, LocalDate today, Locale locale, OutputStream out) {
    try (var pdf = new SurveyPdf(locale)) {
      var document = new ResultsDocument(pdf, results);
      document.render(today);
      String survey = results.survey().title().in(locale);
      pdf.write(
          pdf.text("survey.pdf.title") + " – " + survey + " " + document.year,
          pdf.text("survey.pdf.title") + " · " + survey + " " + document.year,
          out);
    }
  }

  private void render(LocalDate today) {
    var r = results;
    pdf.title(pdf.text("survey.pdf.title"), r.survey().title().in(pdf.locale));
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {pdf.text("survey.pdf.year"), String.valueOf(year)});
    facts.add(
        new String[] {
          pdf.text("survey.pdf.period"), r.round().getStartsOn() + " – " + r.round().getEndsOn()
        });
    facts.add(
        new String[] {
          pdf.text("survey.pdf.state"),
          pdf.text(r.round().isClosed() ? "survey.hr.closed" : "survey.hr.running")
        });
    facts.add(new String[] {pdf.text("survey.pdf.responses"), Figures.count(r.responses())});
    if (r.asked() > 0) {
      facts.add(
          new String[] {
            pdf.text("survey.pdf.rate"),
            pdf.text(
                "survey.pdf.rateOf",
                Figures.oneDecimal(r.rate()).toPlainString(),
                Figures.count(r.answered()),
                Figures.count(r.asked()))
          });
    }
    facts.add(
        new String[] {
          pdf.text("survey.pdf.minimum"),
          pdf.text("survey.pdf.minimumRule", String.valueOf(UnitRollUp.MINIMUM))
        });
    facts.add(new String[] {pdf.text("survey.pdf.made"), today.toString()});
    pdf.facts(facts);

    if (!r.enough()) {
      pdf.heading(pdf.text("survey.results.points"));
      pdf.paragraph(pdf.text("survey.results.tooFew", UnitRollUp.MINIMUM));
    } else {
      points();
      chart();
    }
    if (!r.units().isEmpty()) {
      units();
    }
    if (!r.groups().isEmpty()) {
      groups();
    }
    if (r.enough()) {
      items();
    }
  }

  private void points() {
    pdf.heading(pdf.text("survey.results.points"));
    List<List<String>> rows = new ArrayList<>();
    for (AreaFigure figure : results.areaFigures()) {
      rows.add(List.of(label(figure), figure.shownNow(), figure.shownLastYear(), figure.change()));
    }
    pdf.table(
        List.of(
            new Column(pdf.text("survey.results.area"), 255, false),
            new Column(String.valueOf(year), 80, true),
            new Column(String.valueOf(year - 1), 80, true),
            new Column(pdf.text("survey.pdf.change"), 80, true)),
        rows,
        Set.of(0));
  }

  private String label(AreaFigure figure) {
    return figure.title() == null ? pdf.text("survey.pdf.overall") : figure.title().in(pdf.locale);
  }

  /** This year's and last year's points of each area and overall, as bars on a 0–100 axis. */
  private void chart() {
    pdf.heading(pdf.text("survey.results.chart"));
    List<AreaFigure> figures = results.areaFigures();
    float axisWidth = TEXT_WIDTH - CHART_LABEL - 36;
    float height = 22 + figures.size() * CHART_ROW + 20;
    String thisYear = String.valueOf(year);
    String lastYear = String.valueOf(year - 1);
    pdf.add(
        height,
        false,
        (out, top) -> {
          float x0 = MARGIN + CHART_LABEL;
          // The legend.
          box(out, BRAND, x0, top - 10, 10, 8);
          show(out, pdf.regular, 8, x0 + 14, top - 9, thisYear);
          box(out, LAST_YEAR, x0 + 60, top - 10, 10, 8);
          show(out, pdf.regular, 8, x0 + 74, top - 9, lastYear);
          float plotTop = top - 22;
          float plotBottom = plotTop - figures.size() * CHART_ROW;
          // The grid and the axis, every 20 points.
          for (int points = 0; points <= 100; points += 20) {
            float x = x0 + axisWidth * points / 100;
            out.setStrokingColor(0.85f, 0.86f, 0.88f);
            out.setLineWidth(0.5f);
            out.moveTo(x, plotTop);
            out.lineTo(x, plotBottom);
            out.stroke();
            String tick = String.valueOf(points);
            show(out, pdf.regular, 7, x - width(pdf.regular, 7, tick) / 2, plotBottom - 10, tick);
          }
          for (int i = 0; i < figures.size(); i++) {
            AreaFigure figure = figures.get(i);
            float rowTop = plotTop - i * CHART_ROW;
            var font = figure.title() == null ? pdf.bold : pdf.regular;
            String label =
                figure.title() == null
                    ? pdf.text("survey.pdf.overall")
                    : figure.title().in(pdf.locale);
            show(
                out,
                font,
                8.5f,
                MARGIN,
                rowTop - 13,
                SurveyPdf.fit(font, 8.5f, label, CHART_LABEL - 8));
            bar(out, x0, rowTop - 3 - BAR, axisWidth, figure.now(), BRAND);
            bar(out, x0, rowTop - 5 - 2 * BAR, axisWidth, figure.lastYear(), LAST_YEAR);
          }
        });
  }

  private void bar(
      PDPageContentStream out, float x, float y, float axisWidth, double points, float[] colour)
      throws IOException {
    if (Double.isNaN(points)) {
      show(out, pdf.regular, 7, x + 2, y + 2, "–");
      return;
    }
    float length = (float) (axisWidth * points / 100);
    box(out, colour, x, y, length, BAR);
    show(out, pdf.regular, 7, x + length + 3, y + 2, SurveyPoints.shown(points));
  }

  private void units() {
    pdf.heading(pdf.text("survey.results.units"));
    pdf.paragraph(pdf.text("survey.results.unitsHint", UnitRollUp.MINIMUM));
    List<List<String>> rows = new ArrayList<>();
    for (UnitRate unit : results.units()) {
      rows.add(
          rateRow(
              unit.name() == null ? String.valueOf(unit.unitId()) : unit.name().in(pdf.locale),
              unit.asked(),
              unit.answered(),
              unit.shownRate(),
              unit.shown(),
              unit.shownPoints()));
    }
    pdf.table(
        List.of(
            new Column(pdf.text("survey.results.unit"), 215, false),
            new Column(pdf.text("survey.hr.asked"), 70, true),
            new Column(pdf.text("survey.hr.answered"), 70, true),
            new Column(pdf.text("survey.pdf.ratePercent"), 70, true),
            new Column(pdf.text("survey.results.unitPoints"), 70, true)),
        rows,
        Set.of());
  }

  private void groups() {
    pdf.heading(pdf.text("survey.results.groups"));
    pdf.paragraph(pdf.text("survey.results.groupsHint", UnitRollUp.MINIMUM));
    List<List<String>> rows = new ArrayList<>();
    for (GroupRate group : results.groups()) {
      rows.add(
          rateRow(
                  pdf.text("survey.group." + group.group().name()),
                  group.invited(),
                  group.answered(),
                  group.shownRate(),
                  group.shown(),
                  null)
              .subList(0, 4));
    }
    pdf.table(
        List.of(
            new Column(pdf.text("survey.hr.group"), 215, false),
            new Column(pdf.text("survey.results.invited"), 90, true),
            new Column(pdf.text("survey.hr.answered"), 90, true),
            new Column(pdf.text("survey.pdf.ratePercent"), 100, true)),
        rows,
        Set.of());
  }

  private List<String> rateRow(
      String name, long asked, long answered, String rate, boolean shown, String points) {
    String fewer = pdf.text("survey.results.fewer", UnitRollUp.MINIMUM);
    return Arrays.asList(
        name,
        Figures.count(asked),
        shown ? Figures.count(answered) : fewer,
        shown ? rate : "–",
        points);
  }

  /** Each question with its answers: a bar, the count and the share of each; kept on one page. */
  private void items() {
    pdf.heading(pdf.text("survey.results.items"));
    float labelWidth = 170;
    float barWidth = 200;
    for (SurveyItem item : results.survey().items()) {
      List<String> title =
          SurveyPdf.wrap(
              pdf.bold,
              SurveyPdf.SIZE,
              item.number() + ". " + item.text().in(pdf.locale),
              TEXT_WIDTH);
      var options = AnswerOptions.of(item);
      long answered = results.counts().answered(item.number());
      String points =
          pdf.text(
              "survey.results.itemPoints", SurveyPoints.shown(results.counts().meanPoints(item)));
      float height = title.size() * SurveyPdf.LEADING + 14 + options.size() * 13 + 10;
      pdf.add(
          height,
          false,
          (out, top) -> {
            float y = top - SurveyPdf.SIZE - 2;
            for (String line : title) {
              show(out, pdf.bold, SurveyPdf.SIZE, MARGIN, y, line);
              y -= SurveyPdf.LEADING;
            }
            show(out, pdf.regular, 8, MARGIN, y, points);
            y -= 14;
            for (var option : options) {
              long count = results.counts().count(item.number(), option.value());
              double share = Figures.percent(count, answered);
              show(
                  out,
                  pdf.regular,
                  8,
                  MARGIN + 10,
                  y,
                  SurveyPdf.fit(pdf.regular, 8, pdf.text(option.labelKey()), labelWidth - 14));
              float x = MARGIN + labelWidth;
              box(out, TRACK, x, y - 1, barWidth, 8);
              box(out, BRAND, x, y - 1, (float) (barWidth * share / 100), 8);
              show(
                  out,
                  pdf.regular,
                  8,
                  x + barWidth + 8,
                  y,
                  pdf.text("survey.results.cell", Figures.count(count), String.valueOf(share)));
              y -= 13;
            }
          });
    }
  }
}
