package kr.cheongnabi.survey.entity;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * One question of a survey. {@code number} is its place in the whole survey (1, 2, …), under which
 * its answers are stored; {@code key} names it in the file and the exports.
 */
public record SurveyItem(
    int number, String key, Bilingual text, Scale scale, double weight, boolean reversed)
    implements Serializable {

  public double points(int answer) {
    return scale.points(answer, reversed);
  }

  /**
   * The mean points of answers whose mean is {@code meanAnswer}: every scale scores its answers on
   * a straight line ({@link Scale#points}), so the mean of the answers' points is the points of
   * their mean. This is what lets a unit's points be kept as a count and a sum per item.
   */
  public double pointsOfMean(double meanAnswer) {
    int low = scale.lowest();
    int high = scale.highest();
    double atLow = points(low);
    return atLow + (meanAnswer - low) * (points(high) - atLow) / (high - low);
  }
}
