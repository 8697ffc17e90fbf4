package kr.cheongnabi.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.UploadLimit;

/**
 * Refuses an upload larger than any form but a lesson's takes, from its declared length, before the
 * servlet reads a byte of it. The Faces servlet's own ceiling is 1 GiB for lesson videos, and it
 * would otherwise write a request of that size to a temporary file before any page could look at
 * it; each page still checks its own, smaller limit and names the file when it refuses one ({@link
 * Uploads}). A multipart post that does not declare its length is refused too: browsers always
 * declare it.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class UploadSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadSizeFilter.class.getName());

  /** The page that takes lesson files, videos among them, streamed into the database. */
  static final String LESSON_FILES_PAGE = "/trainer/module.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var length = request.getContentLengthLong();
    if (isUpload(request)
        && !LESSON_FILES_PAGE.equals(request.getServletPath())
        && (length < 0 || length > UploadLimit.MOST_PER_FORM_REQUEST)) {
      LOG.warning(
          () ->
              "Refused an upload of "
                  + length
                  + " bytes to "
                  + request.getRequestURI()
                  + " by "
                  + request.getRemoteUser());
      refuse(request, response, length);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    var type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  // A plain answer, not an error page: drawn for a post, that page would be taken for the post's
  // own page, and Faces would read the very request this refuses to read.
  private static void refuse(HttpServletRequest request, HttpServletResponse response, long length)
      throws IOException {
    var text =
        Messages.format(
            LocaleBacking.of(request),
            "upload.requestTooLarge",
            length < 0 ? "?" : UploadLimit.inMebibytes(length),
            UploadLimit.inMebibytes(UploadLimit.MOST_PER_FORM_REQUEST));
    response.setStatus(
        length < 0
            ? HttpServletResponse.SC_LENGTH_REQUIRED
            : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    // The rest of the body is not wanted: the connection ends with this answer.
    response.setHeader("Connection", "close");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(text + "\n");
  }
}
