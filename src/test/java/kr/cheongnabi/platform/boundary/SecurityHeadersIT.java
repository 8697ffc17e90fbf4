package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import kr.cheongnabi.testing.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The headers every response carries, the cookies' same-site rule, and the posts refused from
 * another site, asked of the running server as a browser or a script would.
 */
class SecurityHeadersIT extends ClientTest {

  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
  private static final String EVIL = "https://evil.example";

  private final HttpClient http = HttpClient.newHttpClient();
  private String site;
  private String admin;

  @BeforeEach
  void site() {
    site = base.toString().replaceAll("/$", "");
    admin = account("adm", null, "ADMIN");
  }

  @Test
  void everyPageHasAPolicyWithAFreshNonceAndIsNeitherFramedNorCachedNorSniffed() throws Exception {
    var first = get("/login.xhtml");
    var second = get("/login.xhtml");

    var policy = first.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals(1, first.headers().allValues("Content-Security-Policy").size(), "one policy");
    var nonce = NONCE.matcher(policy);
    assertTrue(nonce.find(), policy);
    assertTrue(first.body().contains("nonce=\"" + nonce.group(1) + "\""), "its scripts carry it");
    var next = NONCE.matcher(second.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(next.find());
    assertNotEquals(nonce.group(1), next.group(1), "a new nonce for each page");

    assertEquals("nosniff", header(first, "X-Content-Type-Options"));
    assertEquals("same-origin", header(first, "Referrer-Policy"));
    assertEquals("DENY", header(first, "X-Frame-Options"));
    assertEquals("no-store", header(first, "Cache-Control"));
    assertEquals("", header(first, "Strict-Transport-Security"), "plain HTTP: no HSTS");
  }

  @Test
  void aStyleSheetMayBeCachedAndACallOrFileAnswerRunsNothing() throws Exception {
    var css = get("/jakarta.faces.resource/css/cheongnabi.css.xhtml");
    assertEquals(200, css.statusCode());
    assertFalse(header(css, "Cache-Control").contains("no-store"), header(css, "Cache-Control"));
    assertEquals("nosniff", header(css, "X-Content-Type-Options"));

    var call = send(request("/api/ledger/verification").header("Authorization", basic(admin)));
    assertEquals(200, call.statusCode());
    assertEquals(SecurityHeadersFilter.NOT_A_PAGE_POLICY, header(call, "Content-Security-Policy"));
    assertEquals("no-store", header(call, "Cache-Control"));
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    var signIn =
        send(
            request("/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Acontinue=&login%3Ausername="
                            + URLEncoder.encode(admin, StandardCharsets.UTF_8)
                            + "&login%3Apassword="
                            + PASSWORD
                            + "&login%3AsignIn=&jakarta.faces.ViewState=stateless")));
    assertEquals(302, signIn.statusCode());
    var session =
        signIn.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertTrue(session.contains("HttpOnly"), session);
    assertTrue(session.contains("SameSite=Lax"), session);
  }

  @Test
  void aPostFromAnotherSiteIsRefusedEverywhereAndAScriptWithoutOriginIsNot() throws Exception {
    var signIn =
        request("/login.xhtml")
            .header("Origin", EVIL)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "login=login&login%3Ausername="
                        + admin
                        + "&login%3Apassword="
                        + PASSWORD
                        + "&login%3AsignIn=&jakarta.faces.ViewState=stateless"));
    assertEquals(403, send(signIn).statusCode(), "a sign-in posted by another site (login CSRF)");

    var digestCheck =
        request("/api/ledger/digest-check")
            .header("Authorization", basic(admin))
            .header("Content-Type", "application/json");
    assertEquals(
        403,
        send(digestCheck.copy().header("Origin", EVIL).POST(json("{}"))).statusCode(),
        "a REST call posted by another site");
    assertNotEquals(
        403,
        send(digestCheck.copy().POST(json("{}"))).statusCode(),
        "a script's call, which sends no Origin");
  }

  @Test
  void payarasMetricsOpenApiAndTheApiDescriptionAreNotServed() throws Exception {
    // Served, they would answer anyone (Payara's own endpoints, outside the application's rules);
    // not served, the address is the application's, which sends a stranger to sign in.
    assertNotEquals(200, get("/metrics").statusCode());
    assertNotEquals(200, get("/openapi").statusCode());
    assertEquals(
        404,
        send(request("/api/application.wadl").header("Authorization", basic(admin))).statusCode());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(request(path));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(site + path));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
