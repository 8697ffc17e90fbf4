package kr.cheongnabi.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.survey.control.MySurveys;
import kr.cheongnabi.survey.entity.SurveyDefinition;

/**
 * me/survey.xhtml?round=ID: an employee answers an internal survey. The answers given so far stay
 * in the browser (the page's script keeps them per round and person, and puts them back when the
 * page is opened again): the server stores nothing before the response is sent, so no draft can tie
 * a person to their answers.
 */
@Named
@ViewScoped
public class AnswerSurveyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MySurveys surveys;
  @Inject SignedInEmployee signedIn;

  private Long round;
  private SurveyDefinition survey;
  private boolean sent;
  private boolean missing;

  public void load() {
    if (round == null) {
      missing = true;
      return;
    }
    try {
      var mine = surveys.toAnswer(round);
      survey = mine.survey();
      sent = mine.sent();
    } catch (BusinessException e) {
      missing = true;
      Messages.error(e);
    }
  }

  public void send() {
    try {
      surveys.send(round, SurveyAnswers.posted(survey));
      sent = true;
      Messages.info("survey.thanks");
    } catch (BusinessException e) {
      Messages.error(e);
      sent = "survey.alreadySent".equals(e.getMessageKey());
    }
  }

  /** Where the browser keeps this person's unsent answers to this round. */
  public String getDraftKey() {
    return "cheongnabi-survey-" + round + "-" + signedIn.username();
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  public SurveyDefinition getSurvey() {
    return survey;
  }

  public boolean isSent() {
    return sent;
  }

  public boolean isMissing() {
    return missing;
  }
}
