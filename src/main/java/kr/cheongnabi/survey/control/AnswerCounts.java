package kr.cheongnabi.survey.control;

import java.util.HashMap;
import java.util.Map;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * How many respondents gave each answer to each item: the distribution per item, from which the
 * points are computed (so that results need one grouped query, never a pass over every response).
 */
public final class AnswerCounts {

  private final Map<Integer, Map<Integer, Long>> counts = new HashMap<>();

  /** Adds {@code count} answers {@code answer} to item {@code item}. */
  public AnswerCounts add(int item, int answer, long count) {
    counts.computeIfAbsent(item, i -> new HashMap<>()).merge(answer, count, Long::sum);
    return this;
  }

  public long count(int item, int answer) {
    return counts.getOrDefault(item, Map.of()).getOrDefault(answer, 0L);
  }

  public long answered(int item) {
    return counts.getOrDefault(item, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The mean points of an item over its answers, or NaN when nobody answered it. */
  public double meanPoints(SurveyItem item) {
    var answers = counts.getOrDefault(item.number(), Map.of());
    long n = 0;
    double sum = 0;
    for (var e : answers.entrySet()) {
      n += e.getValue();
      sum += item.points(e.getKey()) * e.getValue();
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
