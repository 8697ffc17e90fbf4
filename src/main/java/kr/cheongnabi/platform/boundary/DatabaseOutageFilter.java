package kr.cheongnabi.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.Database;

/**
 * A request that fails because the database cannot be reached answers 503 Service Unavailable with
 * the error page that says so (web.xml), rather than 500: nothing is wrong with the request, and it
 * may be repeated in a while ({@code Retry-After}). Any other failure goes on to the container's
 * 500 page. The pool gives up on a connection after a few seconds (see {@link Database}), so the
 * answer comes quickly.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!Database.isUnreachable(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () -> request.getRequestURI() + " answered 503, the database cannot be reached: " + e);
      response.setHeader("Retry-After", Database.RETRY_AFTER_SECONDS);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }
}
