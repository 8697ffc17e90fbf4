package kr.cheongnabi.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Refuses a post to a page, or to the learner's own calls under /api/me, that comes from another
 * site (OWASP: verify the origin with standard headers). The pages learners use most are stateless,
 * so they have no view state to stand in for a CSRF token: without this check another site could
 * start a quiz attempt, or answer one, in the name of whoever visits it. Browsers send Origin with
 * every cross-site POST (Referer where an old one does not); a request with neither does not come
 * from a browser's form.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/me/*"})
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && !fromHere(request)) {
      LOG.warning(
          () ->
              "Refused a cross-site post to "
                  + request.getRequestURI()
                  + " from "
                  + source(request));
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean fromHere(HttpServletRequest request) {
    var source = source(request);
    if (source == null) {
      return true;
    }
    if ("null".equals(source)) {
      return false;
    }
    try {
      // The host alone: behind a load balancer the port the browser used is not the server's.
      return request.getServerName().equalsIgnoreCase(URI.create(source).getHost());
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
  }

  private static String source(HttpServletRequest request) {
    var origin = request.getHeader("Origin");
    return origin != null ? origin : request.getHeader("Referer");
  }
}
