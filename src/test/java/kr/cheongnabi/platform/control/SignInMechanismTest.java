package kr.cheongnabi.platform.control;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sign-in the identity store could not check (the database is down) is not answered as a wrong
 * password: the sign-in page is told the service is unavailable, a script gets 503.
 */
class SignInMechanismTest {

  private final Map<String, Object> attributes = new HashMap<>();
  private final Map<String, Object> answer = new HashMap<>();
  private final SignInMechanism mechanism = new SignInMechanism();

  @Test
  void formSignInDuringOutageMarksTheRequestUnavailable() {
    storeAnswers(CredentialValidationResult.NOT_VALIDATED_RESULT);
    var form = withParams().credential(new UsernamePasswordCredential("kim", "integrity-2026"));

    var status =
        mechanism.validateRequest(request("/login.xhtml", null), response(), context(form));

    assertEquals(AuthenticationStatus.SEND_FAILURE, status);
    assertEquals(true, attributes.get(SignInMechanism.UNAVAILABLE));
  }

  @Test
  void formSignInWithAWrongPasswordIsOnlyRefused() {
    storeAnswers(CredentialValidationResult.INVALID_RESULT);
    var form = withParams().credential(new UsernamePasswordCredential("kim", "wrong-password"));

    var status =
        mechanism.validateRequest(request("/login.xhtml", null), response(), context(form));

    assertEquals(AuthenticationStatus.SEND_FAILURE, status);
    assertNull(attributes.get(SignInMechanism.UNAVAILABLE));
  }

  @Test
  void scriptSigningInDuringOutageGetsServiceUnavailableNotUnauthorized() {
    storeAnswers(CredentialValidationResult.NOT_VALIDATED_RESULT);
    var basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("kim:integrity-2026".getBytes(StandardCharsets.UTF_8));

    var status =
        mechanism.validateRequest(
            request("/api/ledger/verification", basic), response(), context(withParams()));

    assertEquals(AuthenticationStatus.SEND_FAILURE, status);
    assertEquals(HttpServletResponse.SC_SERVICE_UNAVAILABLE, answer.get("status"));
    assertEquals(Database.RETRY_AFTER_SECONDS, answer.get("Retry-After"));
  }

  private void storeAnswers(CredentialValidationResult result) {
    mechanism.identityStores = credential -> result;
  }

  private HttpServletRequest request(String uri, String authorization) {
    return fake(
        HttpServletRequest.class,
        (name, arguments) ->
            switch (name) {
              case "getRequestURI" -> uri;
              case "getContextPath" -> "";
              case "getHeader" -> "Authorization".equals(arguments[0]) ? authorization : null;
              case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
              default -> null;
            });
  }

  private HttpServletResponse response() {
    return fake(
        HttpServletResponse.class,
        (name, arguments) ->
            switch (name) {
              case "setHeader" -> answer.put((String) arguments[0], arguments[1]);
              case "sendError" -> answer.put("status", arguments[0]);
              default -> null;
            });
  }

  private static HttpMessageContext context(AuthenticationParameters parameters) {
    return fake(
        HttpMessageContext.class,
        (name, arguments) ->
            switch (name) {
              case "getAuthParameters" -> parameters;
              case "notifyContainerAboutLogin", "responseUnauthorized" ->
                  AuthenticationStatus.SEND_FAILURE;
              default -> null;
            });
  }

  /** What a fake answers to a call: by the method's name and arguments. */
  private interface Answers {
    Object to(String method, Object[] arguments);
  }

  private static <T> T fake(Class<T> type, Answers answers) {
    return type.cast(
        Proxy.newProxyInstance(
            SignInMechanismTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> answers.to(method.getName(), arguments)));
  }
}
