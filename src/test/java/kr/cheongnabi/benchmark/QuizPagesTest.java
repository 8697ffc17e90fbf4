package kr.cheongnabi.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuizPagesTest {

  private static final String MY_QUIZZES =
      """
      <form id="cards" name="cards" method="post" action="/me/quizzes.xhtml">
      <div class="card quiz-card" data-quiz="graft-act" data-state="PASSED">
        <button id="cards:list:0:start" name="cards:list:0:start" type="submit">Again</button>
      </div>
      <div class="card quiz-card" data-quiz="lb-done" data-state="NO_ATTEMPTS_LEFT"><p>No</p></div>
      <div class="card quiz-card" data-quiz="lb-take" data-state="AVAILABLE">
        <button id="cards:list:2:start" name="cards:list:2:start" type="submit">Start</button>
      </div>
      </form>
      """;

  private static final String TAKING_PAGE =
      """
      <form id="take" name="take" method="post" action="/me/quiz.xhtml">
      <input type="hidden" name="attempt" value="812" />
      <section class="statement-card" data-key="lb-take-1" data-answered="true">…</section>
      <template id="take:upcoming">
        <section data-answered="false" class="statement-card wide" data-key="lb-take-2">…</section>
      </template>
      </form>
      """;

  @Test
  void theStartButtonIsTheOneOnTheQuizCard() {
    assertEquals("cards:list:2:start", QuizPages.startButton(MY_QUIZZES, "lb-take"));
    assertEquals(QuizPages.OK, QuizPages.canStart(MY_QUIZZES, "lb-take"));
  }

  @Test
  void aCardWithoutStartButtonDoesNotBorrowTheNextOne() {
    assertEquals("", QuizPages.startButton(MY_QUIZZES, "lb-done"));
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
    assertEquals("lb-take-2", QuizPages.firstUnanswered(TAKING_PAGE));
  }

  @Test
  void anAnswerIsAcknowledgedWhenItsStatementComesBackAnswered() {
    var response =
        """
        <?xml version='1.0' encoding='UTF-8'?>
        <partial-response id="j_id1"><changes><update id="take"><![CDATA[%s]]></update>
        <update id="j_id1:jakarta.faces.ViewState:0"><![CDATA[stateless]]></update></changes>
        </partial-response>"""
            .formatted(TAKING_PAGE);
    assertEquals(QuizPages.OK, QuizPages.answered(response, "lb-take-1"));
    assertEquals("the statement is not shown answered", QuizPages.answered(response, "lb-take-2"));
    assertEquals(
        "the answered statement is not in the response", QuizPages.answered(response, "x"));
    assertEquals("lb-take-2", QuizPages.firstUnanswered(response));
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
