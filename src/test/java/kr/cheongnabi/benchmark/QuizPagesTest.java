package kr.cheongnabi.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

  private static final String TAKING_PAGE =
      """
      <form id="take" name="take" method="post" action="/me/quiz.xhtml">
      <input type="hidden" name="attempt" value="812" />
      <script nonce="ZmYz">if(window.PrimeFaces){PrimeFaces.csp.init('ZmYz');}</script>
      <section class="statement-card" data-key="lb-take-1" data-answered="true">…</section>
      <template class="upcoming" data-key="lb-take-3">
        <section data-answered="false" class="statement-card wide" data-key="lb-take-3">…</section>
      </template>
      <template class="upcoming" data-key="lb-take-2">
        <section class="statement-card" data-key="lb-take-2" data-answered="false">…</section>
      </template>
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
    assertEquals(List.of("lb-take-3", "lb-take-2"), QuizPages.unanswered(TAKING_PAGE));
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
  void errorsAndRedirectsInPartialResponsesAreNamedWithoutTheirIds() {
    assertEquals(
        "redirect to /login.xhtml",
        QuizPages.partialResponseProblem(
            "<partial-response><redirect url=\"/login.xhtml?continue=%2Fme&amp;expired=true\"/>"
                + "</partial-response>"));
    assertEquals(
        "Faces error jakarta.faces.application.ViewExpiredException",
        QuizPages.partialResponseProblem(
            "<partial-response><error><error-name>jakarta.faces.application.ViewExpiredException"
                + "</error-name><error-message><![CDATA[view 12]]></error-message></error>"
                + "</partial-response>"));
    assertEquals("not a Faces partial response", QuizPages.partialResponseProblem("<html>"));
    assertNull(QuizPages.partialResponseProblem("<partial-response><changes/></partial-response>"));
  }

  @Test
  void aFinishIsAcknowledgedByItsResult() {
    assertEquals(
        QuizPages.OK,
        QuizPages.finished(
            "<partial-response><changes><update id=\"take\"><![CDATA[<section id=\"result\">"
                + "]]></update></changes></partial-response>"));
    assertEquals(
        "the finish shows no result",
        QuizPages.finished("<partial-response><changes></changes></partial-response>"));
  }
}
