package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Form sign-in through the sign-in page; HTTP Basic for the REST calls under /api, which answer 401
 * rather than sending anyone to the sign-in page (503 when the database cannot be reached, so the
 * credentials could not be checked). A protected page asked for without a session sends the person
 * to sign in and back afterwards; for a Faces Ajax request (a session that expired while a page
 * stayed open) it answers with a partial-response redirect, because a plain redirect would make the
 * Ajax call fail silently.
 *
 * <p>Who is signed in, with their roles, is kept in the session as a small serializable value, so
 * another instance of the cluster that receives the replicated session knows the roles too
 * (Payara's own session remembering carries the name to other members, not the roles).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  public static final String SIGN_IN_PAGE = "/login.xhtml";

  /** Where the REST calls live (the JAX-RS application path). */
  public static final String API_PATH = "api";

  static final String SIGNED_IN = SignInMechanism.class.getName() + ".signedIn";

  /**
   * Set on the request when a sign-in could not be checked because the database cannot be reached
   * (the identity store's "not validated"), so that the sign-in page says the service is
   * unavailable instead of that the password is wrong.
   */
  public static final String UNAVAILABLE = SignInMechanism.class.getName() + ".unavailable";

  /**
   * The signed-in person as the session keeps them.
   *
   * @param employeeId their employee record, or null for an account without one
   */
  record SignedIn(String name, Set<String> roles, Long employeeId) implements Serializable {

    SignedIn {
      roles = Set.copyOf(roles);
    }
  }

  @Inject IdentityStoreHandler identityStores;
  @Inject Accounts accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      var result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        var name = result.getCallerPrincipal().getName();
        var employeeId = accounts.findByUsername(name).map(a -> a.getEmployeeId()).orElse(null);
        request
            .getSession()
            .setAttribute(SIGNED_IN, new SignedIn(name, result.getCallerGroups(), employeeId));
      } else if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
        request.setAttribute(UNAVAILABLE, true);
      }
      return context.notifyContainerAboutLogin(result);
    }
    var api = isApi(request);
    if (api && request.getHeader("Authorization") != null) {
      return basic(request, response, context);
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.name(), new HashSet<>(signedIn.roles()));
    }
    if (context.isProtected()) {
      return api ? unauthorized(response, context) : sendToSignIn(request, response);
    }
    return context.doNothing();
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/" + API_PATH + "/");
  }

  /**
   * A script signs in with every REST call (HTTP Basic), without a session; wrong passwords count
   * towards the lock-out as on the sign-in page.
   */
  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var credential = BasicCredentials.from(request.getHeader("Authorization"));
    if (credential.isPresent()) {
      var result = identityStores.validate(credential.get());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
        return unavailable(response);
      }
    }
    return unauthorized(response, context);
  }

  /** 503 rather than 401: the credentials could not be checked, and may well be right. */
  private static AuthenticationStatus unavailable(HttpServletResponse response) {
    response.setHeader("Retry-After", Database.RETRY_AFTER_SECONDS);
    try {
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      throw new IllegalStateException("Could not answer that the service is unavailable", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Cheongnabi\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static AuthenticationStatus sendToSignIn(
      HttpServletRequest request, HttpServletResponse response) {
    var signIn =
        request.getContextPath()
            + SIGN_IN_PAGE
            + "?continue="
            + URLEncoder.encode(returnPath(request), StandardCharsets.UTF_8);
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn.replace("&", "&amp;")
                    + "\"/></partial-response>");
        response.flushBuffer();
      } else {
        response.sendRedirect(signIn);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not send the browser to the sign-in page", e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /**
   * Where to go back to: the page itself; a form post is repeated as a plain visit, with the
   * parameters of the page it was posted from (the Referer of the same page), so that a quiz
   * interrupted by an expired session comes back to the same attempt.
   */
  private static String returnPath(HttpServletRequest request) {
    var path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod())) {
      return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
    return queryOfSamePage(request.getHeader("Referer"), request.getRequestURI())
        .map(query -> path + "?" + query)
        .orElse(path);
  }

  private static Optional<String> queryOfSamePage(String referer, String requestUri) {
    if (referer == null) {
      return Optional.empty();
    }
    try {
      var uri = URI.create(referer);
      return requestUri.equals(uri.getRawPath())
          ? Optional.ofNullable(uri.getRawQuery())
          : Optional.empty();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
