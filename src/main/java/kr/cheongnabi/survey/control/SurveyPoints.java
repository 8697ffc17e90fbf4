package kr.cheongnabi.survey.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * The points, 0 to 100, of a set of responses: an area's points are the weighted mean of its items'
 * mean points (item weights), the overall points the weighted mean of the areas' points (area
 * weights). Every item is answered in every response, so this equals the mean over respondents of
 * each respondent's own points. An area none of whose items has an answer has no points (NaN) and
 * is left out of the overall figure.
 *
 * @param areas the points per area key, in the survey's order
 * @param overall the overall points
 */
public record SurveyPoints(Map<String, Double> areas, double overall) {

  public static SurveyPoints of(SurveyDefinition survey, AnswerCounts counts) {
    return of(survey, counts::meanPoints);
  }

  /** The points of a unit, from its sums of answers. */
  public static SurveyPoints of(SurveyDefinition survey, AnswerSums sums) {
    return of(survey, sums::meanPoints);
  }

  /**
   * @param itemPoints each item's mean points, NaN for an item nobody answered
   */
  private static SurveyPoints of(SurveyDefinition survey, ToDoubleFunction<SurveyItem> itemPoints) {
    Map<String, Double> areas = new LinkedHashMap<>();
    double weighted = 0;
    double weights = 0;
    for (SurveyArea area : survey.areas()) {
      double points = area(area, itemPoints);
      areas.put(area.key(), points);
      if (!Double.isNaN(points)) {
        weighted += points * area.weight();
        weights += area.weight();
      }
    }
    return new SurveyPoints(areas, weights == 0 ? Double.NaN : weighted / weights);
  }

  private static double area(SurveyArea area, ToDoubleFunction<SurveyItem> itemPoints) {
    double weighted = 0;
    double weights = 0;
    for (SurveyItem item : area.items()) {
      double mean = itemPoints.applyAsDouble(item);
      if (!Double.isNaN(mean)) {
        weighted += mean * item.weight();
        weights += item.weight();
      }
    }
    return weights == 0 ? Double.NaN : weighted / weights;
  }

  /** Points as shown and reported: one decimal, half up (83.15 → 83.2). */
  public static String shown(double points) {
    return Double.isNaN(points)
        ? "–"
        : java.math.BigDecimal.valueOf(points)
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString();
  }
}
