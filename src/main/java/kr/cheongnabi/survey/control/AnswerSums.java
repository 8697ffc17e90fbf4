package kr.cheongnabi.survey.control;

import java.util.HashMap;
import java.util.Map;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * How many answered each item and the sum of their answers, for a unit ({@code
 * survey_unit_item_total}): enough for its points, since an item's mean points are the points of
 * its mean answer ({@link SurveyItem#pointsOfMean}), and less than the distribution of the answers.
 */
public final class AnswerSums {

  private final Map<Integer, long[]> sums = new HashMap<>();

  /** Adds {@code n} answers to item {@code item} whose answers add up to {@code sum}. */
  public AnswerSums add(int item, long n, long sum) {
    long[] held = sums.computeIfAbsent(item, i -> new long[2]);
    held[0] += n;
    held[1] += sum;
    return this;
  }

  /** Adds another unit's sums (a unit rolled up into this one). */
  public AnswerSums add(AnswerSums other) {
    other.sums.forEach((item, held) -> add(item, held[0], held[1]));
    return this;
  }

  /** How many responses these are: every response answers every item. */
  public long responses() {
    return sums.values().stream().mapToLong(held -> held[0]).max().orElse(0);
  }

  /** The mean points of an item over its answers, or NaN when nobody answered it. */
  public double meanPoints(SurveyItem item) {
    long[] held = sums.get(item.number());
    return held == null || held[0] == 0
        ? Double.NaN
        : item.pointsOfMean((double) held[1] / held[0]);
  }
}
