package kr.cheongnabi.survey.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;
import kr.cheongnabi.survey.entity.SurveyRound;

/**
 * A year's integrity survey figures as the national commission's integrity assessment takes them:
 * the year's internal (staff) and external (citizens) rounds side by side, each beside the round of
 * the same survey the year before and the change. The layout is the project's own rendition (the
 * README says which figures and why): who was asked or invited, who responded, the response rate,
 * the points overall and by area, and how many said they experienced corruption in each
 * "experienced" item. Points and shares have one decimal; a change is the difference of the two
 * figures as shown. Points and experience figures are left out for a round with fewer than {@link
 * UnitRollUp#MINIMUM} responses.
 */
public record YearEnd(int year, Optional<Side> internal, Optional<Side> external) {

  /** The notes on how the figures are counted: message keys {@code survey.yearEnd.note.*}. */
  public static final List<String> NOTES =
      List.of("invited", "respondents", "rate", "points", "experienced");

  /**
   * A round's figures, from its totals.
   *
   * @param invited employees asked (internal) or codes made (external)
   */
  public record RoundFigures(
      SurveyRound round,
      SurveyDefinition survey,
      long invited,
      long responses,
      AnswerCounts counts) {

    public boolean enough() {
      return responses >= UnitRollUp.MINIMUM;
    }

    /** Responses of those invited in per cent, one decimal; null when nobody was invited. */
    public BigDecimal rate() {
      return invited == 0 ? null : Figures.oneDecimal(Figures.percent(responses, invited));
    }

    public SurveyPoints points() {
      return SurveyPoints.of(survey, counts);
    }
  }

  /** A kind's round of the year and, if there was one, the same survey's round the year before. */
  public record Side(RoundFigures now, Optional<RoundFigures> before) {}

  /**
   * A line of the summary: its label and, for each kind, this year's figure, last year's and the
   * change; a figure is a {@link String}, a {@link Long} (people), a {@link BigDecimal} (points or
   * per cent, one decimal) or null (none).
   */
  public record Line(String key, String label, boolean strong, List<Object> figures)
      implements Serializable {

    /** The six figures: internal this year, last year, change; external the same. */
    public Line {
      if (figures.size() != 6) {
        throw new IllegalArgumentException("a line has six figures, not " + figures.size());
      }
      figures = Collections.unmodifiableList(new ArrayList<>(figures));
    }

    public Object figure(int column) {
      return figures.get(column);
    }

    /** The figures as text: people with thousands separated, a change with its sign. */
    public List<String> shown() {
      List<String> shown = new ArrayList<>(6);
      for (int i = 0; i < 6; i++) {
        shown.add(YearEnd.shown(figures.get(i), i % 3 == 2));
      }
      return shown;
    }
  }

  /** Whether the column of figures (0 to 5) is a change. */
  public static boolean isChange(int column) {
    return column % 3 == 2;
  }

  /** A figure as text: a dash for none. */
  static String shown(Object figure, boolean change) {
    if (figure == null) {
      return "–";
    }
    if (figure instanceof Long n) {
      return change ? Figures.signed(n) : Figures.count(n);
    }
    if (figure instanceof BigDecimal d) {
      return change ? Figures.signed(d) : d.toPlainString();
    }
    return figure.toString();
  }

  /** The six columns' headings: internal this year, last year, change; external the same. */
  public List<String> headings(BiFunction<String, Object[], String> text) {
    List<String> headings = new ArrayList<>(6);
    for (String kind : List.of("internal", "external")) {
      headings.add(
          text.apply("survey.yearEnd.column." + kind, new Object[] {String.valueOf(year)}));
      headings.add(
          text.apply("survey.yearEnd.column." + kind, new Object[] {String.valueOf(year - 1)}));
      headings.add(text.apply("survey.yearEnd.column.change", new Object[0]));
    }
    return headings;
  }

  /**
   * The summary's lines: the rounds (survey, first and last day), who was asked, who responded, the
   * rate, the points overall, the points of each area (the internal survey's, then the external's),
   * and for each "experienced" item how many said so and their share.
   *
   * @param text the words in the reader's language: a message key and its arguments
   */
  public List<Line> lines(Locale locale, BiFunction<String, Object[], String> text) {
    List<Line> lines = new ArrayList<>();
    lines.add(both(text, "survey", false, f -> f.survey().title().in(locale), null));
    lines.add(both(text, "startsOn", false, f -> f.round().getStartsOn().toString(), null));
    lines.add(both(text, "endsOn", false, f -> f.round().getEndsOn().toString(), null));
    lines.add(both(text, "invited", false, RoundFigures::invited, Figures::change));
    lines.add(both(text, "respondents", false, RoundFigures::responses, Figures::change));
    lines.add(both(text, "rate", false, RoundFigures::rate, Figures::change));
    lines.add(
        both(
            text,
            "overall",
            true,
            f -> f.enough() ? Figures.oneDecimal(f.points().overall()) : null,
            Figures::change));
    for (int side = 0; side < 2; side++) {
      Optional<Side> of = side == 0 ? internal : external;
      if (of.isEmpty()) {
        continue;
      }
      for (SurveyArea area : of.get().now().survey().areas()) {
        lines.add(
            one(
                side,
                "area:" + area.key(),
                text.apply(
                    "survey.yearEnd.line.area",
                    new Object[] {kind(side, text), area.title().in(locale)}),
                of.get(),
                f -> f.enough() ? areaPoints(f, area.key()) : null,
                Figures::change));
      }
    }
    for (int side = 0; side < 2; side++) {
      Optional<Side> of = side == 0 ? internal : external;
      if (of.isEmpty()) {
        continue;
      }
      for (SurveyItem item : of.get().now().survey().items()) {
        if (item.scale() != Scale.EXPERIENCED) {
          continue;
        }
        Object[] named = {kind(side, text), String.valueOf(item.number()), item.text().in(locale)};
        lines.add(
            one(
                side,
                "experienced:" + item.key(),
                text.apply("survey.yearEnd.line.experienced", named),
                of.get(),
                f -> experienced(f, item.key()),
                Figures::change));
        lines.add(
            one(
                side,
                "experiencedShare:" + item.key(),
                text.apply("survey.yearEnd.line.experiencedShare", named),
                of.get(),
                f -> experiencedShare(f, item.key()),
                Figures::change));
      }
    }
    return lines;
  }

  private static String kind(int side, BiFunction<String, Object[], String> text) {
    return text.apply(
        side == 0 ? "survey.yearEnd.internal" : "survey.yearEnd.external", new Object[0]);
  }

  /** The figure of both kinds, each year and the change; labelled survey.yearEnd.line.KEY. */
  private <T> Line both(
      BiFunction<String, Object[], String> text,
      String key,
      boolean strong,
      Function<RoundFigures, T> figure,
      BiFunction<T, T, T> change) {
    List<Object> figures = new ArrayList<>(6);
    figures.addAll(triple(internal, figure, change));
    figures.addAll(triple(external, figure, change));
    return new Line(key, text.apply("survey.yearEnd.line." + key, new Object[0]), strong, figures);
  }

  /** A figure of one kind only (0 internal, 1 external), the other kind's cells empty. */
  private static <T> Line one(
      int kind,
      String key,
      String label,
      Side side,
      Function<RoundFigures, T> figure,
      BiFunction<T, T, T> change) {
    List<Object> figures = new ArrayList<>(Arrays.asList(new Object[6]));
    List<Object> triple = triple(Optional.of(side), figure, change);
    for (int i = 0; i < 3; i++) {
      figures.set(kind * 3 + i, triple.get(i));
    }
    return new Line(key, label, false, figures);
  }

  private static <T> List<Object> triple(
      Optional<Side> side, Function<RoundFigures, T> figure, BiFunction<T, T, T> change) {
    if (side.isEmpty()) {
      return Arrays.asList(null, null, null);
    }
    T now = figure.apply(side.get().now());
    T before = side.get().before().map(figure).orElse(null);
    return Arrays.asList(now, before, change == null ? null : change.apply(now, before));
  }

  private static BigDecimal areaPoints(RoundFigures f, String areaKey) {
    Double points = f.points().areas().get(areaKey);
    return points == null ? null : Figures.oneDecimal(points);
  }

  /** How many said they experienced it; null for a round without the item or too few responses. */
  private static Long experienced(RoundFigures f, String itemKey) {
    return experienceItem(f, itemKey).map(i -> f.counts().count(i.number(), 1)).orElse(null);
  }

  private static BigDecimal experiencedShare(RoundFigures f, String itemKey) {
    return experienceItem(f, itemKey)
        .map(
            i ->
                Figures.oneDecimal(
                    Figures.percent(
                        f.counts().count(i.number(), 1), f.counts().answered(i.number()))))
        .orElse(null);
  }

  private static Optional<SurveyItem> experienceItem(RoundFigures f, String itemKey) {
    if (!f.enough()) {
      return Optional.empty();
    }
    return f.survey().items().stream()
        .filter(i -> i.key().equals(itemKey) && i.scale() == Scale.EXPERIENCED)
        .findFirst();
  }
}
