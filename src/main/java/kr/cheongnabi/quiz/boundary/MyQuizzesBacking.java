package kr.cheongnabi.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.MyAttempts;
import kr.cheongnabi.quiz.control.QuizCard;

/**
 * me/quizzes.xhtml: the quizzes open to the learner: to start, in progress, passed. A stateless
 * page; its start buttons post the quiz's key, so the quiz started is the one on the card pressed
 * whatever the list holds by the time the request arrives.
 */
@Named
@RequestScoped
public class MyQuizzesBacking {

  @Inject MyAttempts attempts;

  private List<QuizCard> cards;

  @PostConstruct
  void load() {
    cards = attempts.myQuizzes();
  }

  /** Starts the quiz of the card, or resumes its open attempt, and goes to it. */
  public String start() {
    var key =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("quiz");
    try {
      if (key == null || key.isBlank()) {
        throw new BusinessException("quiz.notFound", "");
      }
      return "/me/quiz?faces-redirect=true&attempt=" + attempts.start(key);
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public List<QuizCard> getCards() {
    return cards;
  }
}
