package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test that calls the running application from outside, as a browser or another system would, on
 * the server that every integration test of the run shares ({@link TheServer}). Each test has its
 * own connection to the test database to make its data, with names no other test uses, so that
 * client tests run two at a time, beside the in-container tests.
 */
@Execution(ExecutionMode.CONCURRENT)
public abstract class ClientTest {

  /** The password of every sign-in a client test opens. */
  protected static final String PASSWORD = "client-test-42";

  /** The application's address, ending in a slash. */
  protected URL base;

  protected TestData data;

  @BeforeEach
  protected final void openTestData() {
    base = ServerUp.address();
    data = new TestData();
  }

  @AfterEach
  protected final void closeTestData() throws Exception {
    data.close();
  }

  /** A new sign-in with {@link #PASSWORD} and the given roles (EMPLOYEE always); its username. */
  protected final String account(String prefix, Long employeeId, String... roles) {
    var username = TestData.unique(prefix).toLowerCase();
    data.account(username, PASSWORD, employeeId, roles);
    return username;
  }

  /**
   * An HTTP client signed in through the sign-in form as this account (with {@link #PASSWORD}), in
   * this language as a browser would ask for it; it keeps the session's cookie and follows no
   * redirect.
   */
  protected final HttpClient signedIn(String username, String language)
      throws IOException, InterruptedException {
    var http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    var form =
        "login=login&login%3Acontinue=&login%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&login%3Apassword="
            + PASSWORD
            + "&login%3AsignIn=&jakarta.faces.ViewState=stateless";
    var signIn =
        http.send(
            HttpRequest.newBuilder(address("login.xhtml"))
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            BodyHandlers.discarding());
    assertEquals(302, signIn.statusCode(), username + " signs in");
    return http;
  }

  /** The application's address for this path (without the leading slash). */
  protected final URI address(String path) {
    return URI.create(base.toString() + path);
  }
}
