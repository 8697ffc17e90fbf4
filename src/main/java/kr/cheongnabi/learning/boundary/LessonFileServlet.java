package kr.cheongnabi.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.cheongnabi.learning.control.LessonFiles;
import kr.cheongnabi.platform.boundary.FileResponses;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.entity.StoredFile;

/**
 * /lesson-files/{lessonId}: the PDF or video of a file lesson, for the lesson page's viewer and
 * video player. Like every page it needs a signed-in person; the module must be open to them, or
 * they must be a trainer. Files they may not see answer 404, as if there were none.
 */
@WebServlet(LessonFileServlet.PATH + "*")
public class LessonFileServlet extends HttpServlet {

  public static final String PATH = "/lesson-files/";

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

  @Inject transient LessonFiles lessonFiles;
  @Inject transient FileStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    send(request, response, true);
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    send(request, response, false);
  }

  private void send(HttpServletRequest request, HttpServletResponse response, boolean withBody)
      throws IOException {
    var path = request.getPathInfo();
    var matcher = ID.matcher(path == null ? "" : path);
    var file =
        matcher.matches()
            ? lessonFiles.forCaller(Long.parseLong(matcher.group(1)))
            : Optional.<StoredFile>empty();
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FileResponses.send(request, response, file.get(), store, withBody);
  }
}
