package kr.cheongnabi.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.JsonBuilders;
import kr.cheongnabi.quiz.control.MyAttempts;

/**
 * What the learner's quiz page (quiz.js) asks of an attempt while it is taken: small JSON calls
 * instead of Faces requests that would build and draw the whole page for a few lines. In integrity
 * week thousands answer at once, and the answer is the request they send most.
 *
 * <p>{@code POST /api/me/attempts/{attempt}/answers} with {@code {"key": "…", "given": true,
 * "language": "ko"}} answers one statement; the reply is {@link AttemptJson#answered}: the
 * statement's outcome and the progress, or {@code {"finished": true}} when the attempt is over (its
 * time ran out, or another tab finished it), for the page to show the result.
 *
 * <p>{@code POST /api/me/attempts/{attempt}/finish} with {@code {"language": "ko"}} finishes and
 * scores it (once, however often it is sent); the reply is the whole finished attempt ({@link
 * AttemptJson#of}) for the page to draw the result.
 *
 * <p>Whose attempt it is comes from the signed-in caller ({@link MyAttempts}); a post from another
 * site is refused before it gets here (SameOriginFilter), and a form cannot send JSON without
 * asking first. One instance serves every request, so that no request pays for creating it and
 * looking up its service.
 */
@Path("me/attempts/{attempt}")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

  @Inject MyAttempts attempts;

  @POST
  @Path("answers")
  public Response answer(
      @PathParam("attempt") long attempt, JsonObject body, @Context HttpServletRequest request) {
    var json = json(body, request);
    var key = body.getString("key", null);
    var given = body.get("given");
    if (key == null || given == null || given.getValueType() == JsonValue.ValueType.NULL) {
      return problem(Response.Status.BAD_REQUEST, json.locale(), "quiz.answerIncomplete");
    }
    try {
      var view = attempts.answer(attempt, key, JsonValue.TRUE.equals(given));
      return Response.ok(json.answered(view, view.statement(key))).build();
    } catch (BusinessException refused) {
      return afterRefusal(attempt, json.locale(), refused);
    }
  }

  @POST
  @Path("finish")
  public Response finish(
      @PathParam("attempt") long attempt, JsonObject body, @Context HttpServletRequest request) {
    var json = json(body, request);
    try {
      var view = attempts.finish(attempt);
      return Response.ok(json.of(view, attempts.canStartAgain(view.quizKey()))).build();
    } catch (BusinessException refused) {
      return problem(
          Response.Status.NOT_FOUND,
          json.locale(),
          refused.getMessageKey(),
          refused.getArguments());
    }
  }

  private static AttemptJson json(JsonObject body, HttpServletRequest request) {
    var language = body == null ? null : body.getString("language", null);
    var locale = "en".equals(language) ? Locale.ENGLISH : Locale.KOREAN;
    return new AttemptJson(locale, request.getContextPath());
  }

  /** An answer to an attempt that is over shows its result; any other refusal says why. */
  private Response afterRefusal(long attempt, Locale locale, BusinessException refused) {
    try {
      if (attempts.view(attempt).finished()) {
        return Response.ok(AttemptJson.finished()).build();
      }
      return problem(
          Response.Status.CONFLICT, locale, refused.getMessageKey(), refused.getArguments());
    } catch (BusinessException notYours) {
      return problem(
          Response.Status.NOT_FOUND, locale, notYours.getMessageKey(), notYours.getArguments());
    }
  }

  private static Response problem(
      Response.Status status, Locale locale, String key, Object... arguments) {
    return Response.status(status)
        .entity(
            JsonBuilders.object().add("problem", Messages.format(locale, key, arguments)).build())
        .build();
  }
}
