package kr.cheongnabi.survey.control;

import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * The answers an item offers, in the order they are shown, with the message key of each one's
 * label. Likert items go from strong disagreement to strong agreement; yes comes before no, and
 * "not experienced" before "experienced".
 */
public final class AnswerOptions {

  /** One answer: its stored value and the message key of its label. */
  public record Option(int value, String labelKey) {}

  private AnswerOptions() {}

  public static List<Option> of(SurveyItem item) {
    Scale scale = item.scale();
    List<Option> options = new ArrayList<>();
    switch (scale) {
      case LIKERT5, LIKERT7 -> {
        for (int v = scale.lowest(); v <= scale.highest(); v++) {
          options.add(new Option(v, label(scale, v)));
        }
      }
      case YESNO -> {
        options.add(new Option(1, label(scale, 1)));
        options.add(new Option(0, label(scale, 0)));
      }
      case EXPERIENCED -> {
        options.add(new Option(0, label(scale, 0)));
        options.add(new Option(1, label(scale, 1)));
      }
    }
    return options;
  }

  /** The message key of an answer's label on a scale. */
  public static String label(Scale scale, int value) {
    return switch (scale) {
      case LIKERT5, LIKERT7 -> "survey." + scale.fileName() + "." + value;
      case YESNO -> value == 1 ? "survey.yes" : "survey.no";
      case EXPERIENCED -> value == 1 ? "survey.experienced" : "survey.notExperienced";
    };
  }
}
