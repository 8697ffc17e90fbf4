package kr.cheongnabi.survey.boundary;

import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * The answers a survey form posted: one radio group per item, named {@code a} and the item's
 * number. What is missing or not a number is left out, for {@code Ballot} to name.
 */
final class SurveyAnswers {

  private SurveyAnswers() {}

  static Map<Integer, Integer> posted(SurveyDefinition survey) {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Map<Integer, Integer> answers = new HashMap<>();
    for (SurveyItem item : survey.items()) {
      String value = params.get("a" + item.number());
      if (value != null && value.matches("[0-9]{1,2}")) {
        answers.put(item.number(), Integer.valueOf(value));
      }
    }
    return answers;
  }
}
