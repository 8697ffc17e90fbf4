package kr.cheongnabi.survey.control;

import java.util.List;
import kr.cheongnabi.survey.entity.SurveyDefinition;

/** What reading a survey file gave: the survey, or every problem found in it. */
public record SurveyRead(SurveyDefinition survey, List<SurveyProblem> problems) {

  public SurveyRead {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
