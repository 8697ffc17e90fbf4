package kr.cheongnabi.quiz.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.quiz.control.MyAttempts;

/**
 * The start button of a quiz card (My quizzes, a quiz's own page, "try again" on a result): a form
 * post of {@code quiz=KEY} that starts the quiz, or resumes the attempt in progress, and sends the
 * browser to it (303). A plain post rather than a Faces action, because a stateless Faces page
 * would first build itself again, with every card of My quizzes read from the database, only to
 * find the button pressed; in integrity week a thousand people press it in the same seconds.
 *
 * <p>Refused (no attempts left, the quiz closed, no longer offered), it sends the browser to the
 * quiz's own page with the reason ({@code refused}), which shows the card as it now stands and the
 * message ({@link TakeQuizBacking}). A post from another site never gets here (SameOriginFilter).
 */
@Path("me/quiz-attempts")
@ApplicationScoped
public class QuizStartResource {

  @Inject MyAttempts attempts;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response start(@FormParam("quiz") String quiz, @Context HttpServletRequest request) {
    var pages = request.getContextPath() + "/me/";
    if (quiz == null || quiz.isBlank()) {
      return seeOther(pages + "quizzes.xhtml");
    }
    try {
      return seeOther(pages + "quiz.xhtml?attempt=" + attempts.start(quiz));
    } catch (BusinessException refused) {
      return seeOther(
          pages + "quiz.xhtml?quiz=" + encoded(quiz) + "&refused=" + refused.getMessageKey());
    }
  }

  /** The address as the browser asked for it (Jersey makes it absolute with the request's host). */
  private static Response seeOther(String path) {
    return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
