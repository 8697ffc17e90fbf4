package kr.cheongnabi.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The security headers of every response (OWASP ASVS 14.4), set before the response is written so
 * that a servlet with reasons of its own may replace one (stored files keep their revalidating
 * Cache-Control). The pages' Content-Security-Policy is not here: PrimeFaces writes it with a fresh
 * nonce for every page (web.xml, primefaces.CSP_POLICY), which only the page's renderer knows; this
 * filter gives what the other servlets answer (the REST calls, stored files, exports) a policy that
 * lets nothing in them run or load. A page is what the Faces servlet answers, or the default one
 * (the start address, and an address that does not exist, answered by the 404 page).
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a file is what its type says, never a script;
 *   <li>{@code Referrer-Policy: same-origin}: addresses, with the ids in them, stay here;
 *   <li>{@code X-Frame-Options: DENY} for the pages, besides their policy's frame-ancestors, for
 *       browsers that read only the older header; other responses may be framed by the pages
 *       themselves (a lesson's PDF), so {@code SAMEORIGIN};
 *   <li>{@code Cache-Control: no-store} on everything but the static resources: pages and calls
 *       carry people's records, and a shared computer's back button must not show them;
 *   <li>{@code Strict-Transport-Security} when the request came over HTTPS (directly, or through a
 *       load balancer that says so in X-Forwarded-Proto, see deployment/payara).
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** For responses that are not pages: nothing in them may run, load or be framed elsewhere. */
  static final String NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'self'";

  private static final Set<String> PAGE_SERVLETS = Set.of("Faces Servlet", "default");

  private static final String ONE_YEAR = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", ONE_YEAR);
    }
    if (!isStaticResource(path)) {
      response.setHeader("Cache-Control", "no-store");
      if (PAGE_SERVLETS.contains(request.getHttpServletMapping().getServletName())) {
        response.setHeader("X-Frame-Options", "DENY");
      } else {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
      }
    }
    chain.doFilter(request, response);
  }

  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || "/favicon.ico".equals(path);
  }
}
