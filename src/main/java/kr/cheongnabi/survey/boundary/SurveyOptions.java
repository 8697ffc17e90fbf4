package kr.cheongnabi.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * The answers an item offers, with the message key of each one's label: #{surveyOptions.of(item)}.
 * Likert items go from strong disagreement to strong agreement; yes comes before no, and "not
 * experienced" before "experienced".
 */
@Named
@ApplicationScoped
public class SurveyOptions {

  /** One answer: its stored value and the message key of its label. */
  public record Option(int value, String labelKey) {}

  public List<Option> of(SurveyItem item) {
    Scale scale = item.scale();
    List<Option> options = new ArrayList<>();
    switch (scale) {
      case LIKERT5, LIKERT7 -> {
        for (int v = scale.lowest(); v <= scale.highest(); v++) {
          options.add(new Option(v, "survey." + scale.fileName() + "." + v));
        }
      }
      case YESNO -> {
        options.add(new Option(1, "survey.yes"));
        options.add(new Option(0, "survey.no"));
      }
      case EXPERIENCED -> {
        options.add(new Option(0, "survey.notExperienced"));
        options.add(new Option(1, "survey.experienced"));
      }
    }
    return options;
  }
}
