package kr.cheongnabi.survey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.survey.control.AnswerOptions;
import kr.cheongnabi.survey.control.AnswerOptions.Option;
import kr.cheongnabi.survey.entity.SurveyItem;

/** The answers an item offers, for the pages: #{surveyOptions.of(item)} ({@link AnswerOptions}). */
@Named
@ApplicationScoped
public class SurveyOptions {

  public List<Option> of(SurveyItem item) {
    return AnswerOptions.of(item);
  }
}
