package kr.cheongnabi.survey.control;

import java.util.Map;
import java.util.TreeMap;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;

/**
 * A complete set of answers to a survey version, checked against it: every item answered, each with
 * an answer its scale takes, nothing else.
 */
public record Ballot(Map<Integer, Integer> answers) {

  public Ballot {
    answers = Map.copyOf(answers);
  }

  public static Ballot of(SurveyDefinition survey, Map<Integer, Integer> given) {
    var checked = new TreeMap<Integer, Integer>();
    for (SurveyItem item : survey.items()) {
      Integer answer = given.get(item.number());
      if (answer == null) {
        throw new BusinessException("survey.unanswered", item.number());
      }
      if (!item.scale().accepts(answer)) {
        throw new BusinessException("survey.badAnswer", item.number(), answer);
      }
      checked.put(item.number(), answer);
    }
    if (given.size() != checked.size()) {
      throw new BusinessException("survey.unknownItem");
    }
    return new Ballot(checked);
  }
}
