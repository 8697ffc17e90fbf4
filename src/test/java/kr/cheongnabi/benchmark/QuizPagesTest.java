package kr.cheongnabi.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuizPagesTest {

  private static final String MY_QUIZZES =
      """
      <form id="cards" name="cards" method="post" action="/me/quizzes.xhtml">
      <div class="card quiz-card" data-quiz="graft-act" data-state="PASSED">
        <button type="submit" name="quiz" value="graft-act" formaction="/api/me/quiz-attempts">Again</button>
      </div>
      <div class="card quiz-card" data-quiz="lb-done" data-state="NO_ATTEMPTS_LEFT"><p>No</p></div>
      <div class="card quiz-card" data-quiz="lb-take" data-state="AVAILABLE">
        <button type="submit" name="quiz" value="lb-take" formaction="/api/me/quiz-attempts"
                formmethod="post" class="quiz-open">Start</button>
      </div>
      </form>
      """;

  /** Statement 2 answered last and on show, 1 and 4 still to answer, 3 answered. */
  private static final String TAKING_PAGE =
      """
      <form id="take" method="post" action="/api/me/quiz-attempts">
      <div id="take:area" class="learner-quiz" data-form="take" data-attempt="{&quot;answered&quot;:2,\
      &quot;attempt&quot;:812,&quot;finished&quot;:false,&quot;shown&quot;:1,&quot;statements&quot;:[\
      {&quot;key&quot;:&quot;lb-take-1&quot;,&quot;answered&quot;:false,&quot;text&quot;:&quot;A &amp;lt; B&quot;},\
      {&quot;key&quot;:&quot;lb-take-2&quot;,&quot;answered&quot;:true},\
      {&quot;key&quot;:&quot;lb-take-3&quot;,&quot;answered&quot;:true},\
      {&quot;key&quot;:&quot;lb-take-4&quot;,&quot;answered&quot;:false}]}"
           data-answers="/api/me/attempts/812/answers">
      </div>
      </form>
      """;

  @Test
  void theStartButtonIsTheOneOnTheQuizCard() {
    assertEquals("/api/me/quiz-attempts", QuizPages.startAddress(MY_QUIZZES, "lb-take"));
    assertEquals(QuizPages.OK, QuizPages.canStart(MY_QUIZZES, "lb-take"));
  }

  @Test
  void aCardWithoutStartButtonDoesNotBorrowTheNextOne() {
    assertEquals("", QuizPages.startAddress(MY_QUIZZES, "lb-done"));
    assertEquals(
        "the card of quiz lb-done has no start button (NO_ATTEMPTS_LEFT)",
        QuizPages.canStart(MY_QUIZZES, "lb-done"));
    assertEquals("My quizzes has no card for quiz x", QuizPages.canStart(MY_QUIZZES, "x"));
  }

  @Test
  void signInAndStartAreJudgedByWhereTheySendThePerson() {
    assertEquals(QuizPages.OK, QuizPages.signedIn("http://localhost:8180/index.xhtml"));
    assertEquals(
        "sign-in sent to /login.xhtml", QuizPages.signedIn("/login.xhtml?expired=true&x=1"));
    assertEquals("812", QuizPages.attempt("http://localhost:8180/me/quiz.xhtml?attempt=812"));
    assertEquals(QuizPages.OK, QuizPages.started("/me/quiz.xhtml?attempt=812"));
    assertEquals("start sent to /error/500.xhtml", QuizPages.started("/error/500.xhtml"));
  }

  @Test
  void theTakingPageBelongsToTheAttemptAndOffersTheNextStatement() {
    assertEquals(QuizPages.OK, QuizPages.takingPage(TAKING_PAGE, "812"));
    assertEquals("the quiz page is not the attempt's", QuizPages.takingPage(TAKING_PAGE, "81"));
    assertEquals("the quiz page carries no attempt", QuizPages.takingPage("<html>", "812"));
    assertEquals(List.of("lb-take-1", "lb-take-4"), QuizPages.unanswered(TAKING_PAGE));
  }

  @Test
  void anAnswerIsAcknowledgedWhenTheReplyNamesItsStatementInAnOpenAttempt() {
    var reply =
        "{\"finished\":false,\"key\":\"lb-take-3\",\"right\":true,\"correct\":true,"
            + "\"answered\":2,\"total\":3,\"allAnswered\":false}";
    assertEquals(QuizPages.OK, QuizPages.answerReply(reply, "lb-take-3"));
    assertEquals("the reply names no statement", QuizPages.answerReply(reply, "lb-take-2"));
    assertEquals("the attempt was over", QuizPages.answerReply("{\"finished\": true}", "x"));
    assertEquals(
        "the answer was refused",
        QuizPages.answerReply("{\"problem\":\"The statement x is not part of it.\"}", "x"));
  }

  @Test
  void aFinishIsAcknowledgedByItsResult() {
    assertEquals(
        QuizPages.OK,
        QuizPages.finished(
            "{\"attempt\":812,\"finished\":true,\"result\":{\"passed\":true},\"statements\":[]}"));
    assertEquals("the finish shows no result", QuizPages.finished("{\"finished\":false}"));
    assertEquals(
        "the finish was refused",
        QuizPages.finished("{\"problem\":\"The attempt is not yours.\"}"));
  }
}
