package kr.cheongnabi.survey.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import kr.cheongnabi.platform.control.CsvCell;
import kr.cheongnabi.report.control.GapCsv;
import kr.cheongnabi.report.control.XlsxTable;
import kr.cheongnabi.survey.control.SurveyResults.GroupRate;
import kr.cheongnabi.survey.control.SurveyResults.Results;
import kr.cheongnabi.survey.control.SurveyResults.UnitRate;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * A round's results as one table, for CSV (UTF-8 with a byte-order mark, as Excel reads it) or
 * XLSX: a row for the whole survey, each area, each item, each answer of each item, each unit and
 * each group of external respondents, with the kind of row first. The columns: asked (or codes
 * made), answered, a rate in per cent, points, last year's points. Points and rates have one
 * decimal; a figure not shown on the page (fewer than 5 answers) is left empty here too.
 */
public final class ResultsExport {

  private static final List<String> COLUMNS =
      List.of("kind", "key", "text", "asked", "answered", "rate", "points", "lastYear");
  private static final int[] WIDTHS = {10, 28, 60, 10, 10, 10, 10, 10};

  private ResultsExport() {}

  /**
   * @param text the page's words in the person's language: a message key and its arguments
   */
  public static void csv(
      Results results, Locale locale, BiFunction<String, Object[], String> text, OutputStream out) {
    try {
      var csv = GapCsv.excelPrinter(out);
      csv.printRecord(CsvCell.row(headers(text)));
      for (var row : rows(results, locale, text)) {
        csv.printRecord(
            CsvCell.row(
                row.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList()));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void xlsx(
      Results results, Locale locale, BiFunction<String, Object[], String> text, OutputStream out) {
    try (var table = new XlsxTable(results.round().getSurveyKey(), headers(text), WIDTHS)) {
      for (var row : rows(results, locale, text)) {
        table.row(row);
      }
      table.write(out);
    }
  }

  private static List<String> headers(BiFunction<String, Object[], String> text) {
    return COLUMNS.stream()
        .map(c -> text.apply("survey.export.column." + c, new Object[0]))
        .toList();
  }

  static List<List<Object>> rows(
      Results r, Locale locale, BiFunction<String, Object[], String> text) {
    boolean enough = r.enough();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        row(
            "SURVEY",
            r.survey().key(),
            r.survey().title().in(locale),
            r.asked(),
            r.responses(),
            r.asked() == 0 ? null : Figures.oneDecimal(r.rate()),
            enough ? Figures.oneDecimal(r.points().overall()) : null,
            r.lastYear().map(p -> Figures.oneDecimal(p.overall())).orElse(null)));
    for (SurveyArea area : r.survey().areas()) {
      rows.add(
          row(
              "AREA",
              area.key(),
              area.title().in(locale),
              null,
              null,
              null,
              enough ? Figures.oneDecimal(r.points().areas().get(area.key())) : null,
              r.lastYear()
                  .map(p -> Figures.oneDecimal(p.areas().getOrDefault(area.key(), Double.NaN)))
                  .orElse(null)));
    }
    for (SurveyItem item : r.survey().items()) {
      long answered = r.counts().answered(item.number());
      rows.add(
          row(
              "ITEM",
              item.key(),
              item.number() + ". " + item.text().in(locale),
              null,
              answered,
              null,
              enough ? Figures.oneDecimal(r.counts().meanPoints(item)) : null,
              null));
      for (int value = item.scale().lowest(); value <= item.scale().highest(); value++) {
        long count = r.counts().count(item.number(), value);
        rows.add(
            row(
                "ANSWER",
                item.key() + "=" + value,
                text.apply(AnswerOptions.label(item.scale(), value), new Object[0]),
                null,
                enough ? count : null,
                enough ? Figures.oneDecimal(Figures.percent(count, answered)) : null,
                null,
                null));
      }
    }
    for (UnitRate unit : r.units()) {
      rows.add(
          row(
              "UNIT",
              String.valueOf(unit.unitId()),
              unit.name() == null ? "" : unit.name().in(locale),
              unit.asked(),
              unit.shown() ? unit.answered() : null,
              unit.shown() ? Figures.oneDecimal(unit.rate()) : null,
              unit.points() == null ? null : Figures.oneDecimal(unit.points().overall()),
              null));
    }
    for (GroupRate group : r.groups()) {
      rows.add(
          row(
              "GROUP",
              group.group().name(),
              text.apply("survey.group." + group.group().name(), new Object[0]),
              group.invited(),
              group.shown() ? group.answered() : null,
              group.shown() ? Figures.oneDecimal(group.rate()) : null,
              null,
              null));
    }
    return rows;
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
