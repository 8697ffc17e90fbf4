package kr.cheongnabi.survey.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.survey.control.SurveyCodes;
import kr.cheongnabi.survey.control.SurveyResponses;
import kr.cheongnabi.survey.entity.SurveyDefinition;

/**
 * survey.xhtml?code=CODE, public: a citizen or firm answers the external survey with the one-time
 * code of their invitation, without an account. The draft stays in the browser, as for employees.
 */
@Named
@ViewScoped
public class ExternalSurveyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SurveyCodes codes;
  @Inject SurveyResponses responses;

  private String code;
  private SurveyDefinition survey;
  private boolean sent;

  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      survey = codes.surveyFor(code);
    } catch (BusinessException e) {
      Messages.error(e);
      sent = "survey.alreadySent".equals(e.getMessageKey());
    }
  }

  public void send() {
    try {
      responses.sendWithCode(code, SurveyAnswers.posted(survey));
      sent = true;
      Messages.info("survey.thanks");
    } catch (BusinessException e) {
      Messages.error(e);
      sent = "survey.alreadySent".equals(e.getMessageKey());
    }
  }

  public String getDraftKey() {
    return "cheongnabi-survey-code-" + SurveyCodes.normalised(code);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SurveyDefinition getSurvey() {
    return survey;
  }

  public boolean isSent() {
    return sent;
  }
}
