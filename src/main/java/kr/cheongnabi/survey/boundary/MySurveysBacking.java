package kr.cheongnabi.survey.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.survey.control.MySurveys;
import kr.cheongnabi.survey.control.MySurveys.MyRound;

/** me/surveys.xhtml: the integrity surveys that ask me now, answered or not. */
@Named
@RequestScoped
public class MySurveysBacking {

  @Inject MySurveys surveys;

  private List<MyRound> rounds;

  public void load() {
    rounds = surveys.open();
  }

  public List<MyRound> getRounds() {
    return rounds;
  }
}
