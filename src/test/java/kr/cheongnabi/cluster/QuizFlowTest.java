package kr.cheongnabi.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fail-over driver reads the pages the way the quiz-taking contract describes them. */
class QuizFlowTest {

  private static final String MY_QUIZZES =
      """
      <form id="cards" name="cards" method="post" action="/me/quizzes.xhtml">
        <div class="tile quiz-card state-PASSED" data-quiz="graft-act" data-state="PASSED">
          <button type="submit" name="quiz" value="graft-act" formaction="/api/me/quiz-attempts">Again</button>
        </div>
        <div class="tile quiz-card state-NO_ATTEMPTS_LEFT" data-quiz="closed" data-state="NO_ATTEMPTS_LEFT">
        </div>
        <div class="tile quiz-card state-AVAILABLE" data-quiz="failover-1" data-state="AVAILABLE">
          <button type="submit" id="start" name="quiz" value="failover-1"
                  formaction="/app/api/me/quiz-attempts" formmethod="post">Start</button>
        </div>
      </form>
      """;

  @Test
  void theStartButtonIsTheOneOnTheQuizsOwnCard() {
    assertEquals(
        Optional.of("/app/api/me/quiz-attempts"), QuizFlow.startAddress(MY_QUIZZES, "failover-1"));
    assertEquals(
        Optional.of("/api/me/quiz-attempts"), QuizFlow.startAddress(MY_QUIZZES, "graft-act"));
  }

  @Test
  void aCardWithoutStartButtonOrNoCardGivesNone() {
    assertEquals(Optional.empty(), QuizFlow.startAddress(MY_QUIZZES, "closed"));
    assertEquals(Optional.empty(), QuizFlow.startAddress(MY_QUIZZES, "unknown"));
  }

  /** A taking page as the application writes it: the attempt as data, HTML-escaped. */
  private static String takingPage(String json) {
    return "<form id=\"take\"><div class=\"learner-quiz\" data-attempt=\""
        + json.replace("&", "&amp;").replace("\"", "&quot;")
        + "\"></div></form>";
  }

  @Test
  void theStatementsLeftAreTheUnansweredOnesInThePagesOrder() {
    var page =
        takingPage(
            """
            {"attempt":41,"finished":false,"shown":0,"statements":[
              {"key":"q-1","answered":true,"text":"A & B"},
              {"key":"q-3","answered":false},
              {"key":"q-2","answered":false}]}
            """);
    assertEquals(new QuizFlow.Answer("q-3"), QuizFlow.stepIn(page));
    assertEquals(List.of("q-3", "q-2"), QuizFlow.unanswered(page));
  }

  @Test
  void aPageWithEveryStatementAnsweredOffersTheFinish() {
    var page =
        takingPage(
            """
            {"attempt":41,"finished":false,"shown":0,"statements":[{"key":"q-5","answered":true}]}
            """);
    assertInstanceOf(QuizFlow.Finish.class, QuizFlow.stepIn(page));
  }

  @Test
  void aPageWithoutAnOpenAttemptIsReadAgain() {
    assertInstanceOf(QuizFlow.Reload.class, QuizFlow.stepIn("<section id=\"result\"></section>"));
    var finished =
        takingPage(
            """
            {"attempt":41,"finished":true,"shown":0,"statements":[{"key":"q-5","answered":true}]}
            """);
    assertInstanceOf(QuizFlow.Reload.class, QuizFlow.stepIn(finished));
  }
}
