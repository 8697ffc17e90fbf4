package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import kr.cheongnabi.platform.control.Database;
import kr.cheongnabi.testing.ClientTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The error pages answer with the status they stand for, so that browsers, proxies, monitors and
 * scripts see the failure, and still show the page in the person's language. The failing page is
 * the test deployment's own (testing/failing.xhtml, {@code FailingPage}).
 */
class ErrorStatusIT extends ClientTest {

  private String employee;

  @BeforeEach
  void anEmployee() {
    employee = account("err", null);
  }

  @Test
  void errorPageAnswersWithNotFoundStatus() throws Exception {
    var http = signedIn(employee, "en");

    var page = get(http, "no-such-page.xhtml");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("There is no page at this address."), page.body());

    var path = get(http, "no/such/path");
    assertEquals(404, path.statusCode());
    assertTrue(path.body().contains("There is no page at this address."), path.body());
  }

  @Test
  void errorPageAnswersWithForbiddenStatus() throws Exception {
    var page = get(signedIn(employee, "ko"), "hr/index.xhtml");

    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains("이 화면에 접근할 권한이 없습니다."), page.body());
  }

  @Test
  void failingPageAnswersWithServerErrorStatusAtItsOwnAddress() throws Exception {
    var page = get(signedIn(employee, "en"), "testing/failing.xhtml?how=bug");

    assertEquals(500, page.statusCode(), "not a redirect to the error page, which answered 200");
    assertTrue(page.body().contains("The request could not be completed."), page.body());
  }

  @Test
  void pageThatCannotReachTheDatabaseAnswersServiceUnavailable() throws Exception {
    var page = get(signedIn(employee, "ko"), "testing/failing.xhtml?how=outage");

    assertEquals(503, page.statusCode());
    assertEquals(Database.RETRY_AFTER_SECONDS, page.headers().firstValue("Retry-After").orElse(""));
    assertTrue(page.body().contains("지금은 요청을 처리할 수 없습니다."), page.body());
  }

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(address(path)).build(), BodyHandlers.ofString());
  }
}
