package kr.cheongnabi.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.AttemptView;
import kr.cheongnabi.quiz.control.AttemptView.StatementView;
import kr.cheongnabi.quiz.control.MyAttempts;

/**
 * An answer from the learner's quiz page (quiz.js), one small JSON call per statement instead of a
 * Faces request that would build and draw the whole page for a few lines of outcome: in integrity
 * week thousands answer at once and the answer is the request they send most.
 *
 * <p>{@code POST /api/me/attempts/{attempt}/answers} with {@code {"key": "…", "given": true,
 * "language": "ko"}}. The reply is the outcome ({@code right}, {@code correct}, {@code feedback}
 * and {@code explanation} as sanitised HTML in the language asked for), the progress ({@code
 * answered}, {@code total}, {@code allAnswered}), or {@code {"finished": true}} when the attempt is
 * over (its time ran out, or another tab finished it), for the page to show the result. Whose
 * attempt it is comes from the signed-in caller ({@link MyAttempts}); a post from another site is
 * refused before it gets here (SameOriginFilter), and a form cannot send JSON without asking first.
 * One instance serves every request, so that no request pays for creating it and looking up its
 * service.
 */
@Path("me/attempts/{attempt}/answers")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AnswersResource {

  @Inject MyAttempts attempts;

  @POST
  public Response answer(@PathParam("attempt") long attempt, JsonObject body) {
    var key = body.getString("key", null);
    var given = body.get("given");
    var locale = "en".equals(body.getString("language", null)) ? Locale.ENGLISH : Locale.KOREAN;
    if (key == null || given == null || given.getValueType() == JsonValue.ValueType.NULL) {
      return problem(Response.Status.BAD_REQUEST, locale, "quiz.answerIncomplete");
    }
    try {
      var view = attempts.answer(attempt, key, JsonValue.TRUE.equals(given));
      return Response.ok(outcome(view, view.statement(key), locale)).build();
    } catch (BusinessException refused) {
      return afterRefusal(attempt, locale, refused);
    }
  }

  /** An answer to an attempt that is over shows its result; any other refusal says why. */
  private Response afterRefusal(long attempt, Locale locale, BusinessException refused) {
    try {
      if (attempts.view(attempt).finished()) {
        return Response.ok(finished()).build();
      }
      return problem(
          Response.Status.CONFLICT, locale, refused.getMessageKey(), refused.getArguments());
    } catch (BusinessException notYours) {
      return problem(
          Response.Status.NOT_FOUND, locale, notYours.getMessageKey(), notYours.getArguments());
    }
  }

  static JsonObject outcome(AttemptView view, StatementView statement, Locale locale) {
    if (view.finished()) {
      return finished();
    }
    var json =
        Json.createObjectBuilder()
            .add("finished", false)
            .add("key", statement.key())
            .add("right", statement.isRight())
            .add("correct", statement.correct())
            .add("answered", view.answeredCount())
            .add("total", view.statements().size())
            .add("allAnswered", view.allAnswered());
    text(json, "feedback", statement.feedback(), locale);
    text(json, "explanation", statement.explanation(), locale);
    return json.build();
  }

  private static JsonObject finished() {
    return Json.createObjectBuilder().add("finished", true).build();
  }

  private static void text(JsonObjectBuilder json, String name, Bilingual html, Locale locale) {
    var shown = html == null ? null : html.in(locale);
    if (shown != null) {
      json.add(name, shown);
    }
  }

  private static Response problem(
      Response.Status status, Locale locale, String key, Object... arguments) {
    return Response.status(status)
        .entity(
            Json.createObjectBuilder()
                .add("problem", Messages.format(locale, key, arguments))
                .build())
        .build();
  }
}
