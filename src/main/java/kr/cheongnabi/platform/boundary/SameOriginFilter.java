package kr.cheongnabi.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refuses a post from another site, to any address: pages, sign-in, uploads and the REST calls
 * (OWASP: verify the origin with standard headers). The pages learners use most are stateless, so
 * they have no view state to stand in for a CSRF token: without this check another site could start
 * a quiz attempt, or answer one, in the name of whoever visits it, or sign a visitor in as someone
 * else (login CSRF). Browsers send Origin with every cross-site POST (Referer where an old one does
 * not); a request with neither does not come from a browser's form, and scripts that call the REST
 * API with HTTP Basic send neither.
 */
@WebFilter(urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String REFUSED =
      "403: this request came from another site and was refused.\n"
          + "403: 다른 사이트에서 보낸 요청이라 거부했습니다.\n";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE_METHODS.contains(request.getMethod()) && !fromHere(request)) {
      LOG.warning(
          () ->
              "Refused a cross-site post to "
                  + request.getRequestURI()
                  + " from "
                  + source(request));
      // A plain answer, not the 403 page: drawn for a post, that page would be taken for the
      // post's own page, which this request never reached.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(REFUSED);
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
