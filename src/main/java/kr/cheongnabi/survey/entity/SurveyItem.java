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
}
