package kr.cheongnabi.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.quiz.control.MyAttempts;
import kr.cheongnabi.quiz.control.QuizCard;

/**
 * me/quizzes.xhtml: the quizzes open to the learner: to start, in progress, passed. A stateless
 * page; its start buttons post the quiz's key to {@link QuizStartResource}, so the quiz started is
 * the one on the card pressed whatever the list holds by the time the request arrives.
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

  public List<QuizCard> getCards() {
    return cards;
  }
}
