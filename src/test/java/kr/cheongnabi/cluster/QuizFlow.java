package kr.cheongnabi.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.cheongnabi.testing.QuizCards;
import kr.cheongnabi.testing.TakingPage;

/**
 * What one taker's browser sends while taking a quiz, every request of it in this class: sign in,
 * My quizzes, start (a POST from the quiz card), the statements answered one JSON call at a time
 * (as the page's script sends them), finish (its JSON call). All pages are stateless Faces views;
 * the sign-in is the only thing the session holds, so after a fail-over only the session has to
 * follow the taker to the other instance.
 *
 * <p>A request that never reached an instance or found it dead (a connection error, or 502/503/504
 * from the load balancer) is sent again: every step of the flow is idempotent (an answer is final,
 * a second start resumes the attempt, finishing twice records once). Such tries are counted.
 */
final class QuizFlow {

  private static final int TRIES = 10;
  private static final Duration PAUSE_BEFORE_RETRY = Duration.ofMillis(300);
  private static final String STATELESS = "stateless";

  private static final Pattern ATTEMPT_IN_LOCATION =
      Pattern.compile("/me/quiz\\.xhtml\\?attempt=(\\d+)");

  /** Where the flow is after a page or an answer. */
  sealed interface Step {}

  /** A statement to answer. */
  record Answer(String key) implements Step {}

  /** Every statement is answered: the finish button is there. */
  record Finish() implements Step {}

  /** Neither: the page must be read again. */
  record Reload() implements Step {}

  /** The application sent the taker to sign in again. */
  static final class SentToSignIn extends Exception {
    SentToSignIn(String where) {
      super("sent to sign in again by " + where);
    }
  }

  /** A response the contract does not allow, or a request that failed on every try. */
  static final class Unexpected extends Exception {
    Unexpected(String message) {
      super(message);
    }
  }

  /** Counts shared by all takers' flows. */
  static final class Counts {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger failedTries = new AtomicInteger();
    final AtomicInteger failedTriesAfterKill = new AtomicInteger();
    final AtomicInteger retriedAndAnswered = new AtomicInteger();
    final AtomicInteger switchedByBalancer = new AtomicInteger();
  }

  private final HttpClient client;
  private final URI base;
  private final Phase phase;
  private final Counts counts;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final List<String> remaining = new ArrayList<>();
  private volatile String upstream = "";
  private volatile long slowestAfterKillMillis;

  QuizFlow(HttpClient client, URI base, Phase phase, Counts counts) {
    this.client = client;
    this.base = base;
    this.phase = phase;
    this.counts = counts;
  }

  static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** The instance that answered the last request, as the load balancer named it (host:port). */
  String upstream() {
    return upstream;
  }

  long slowestAfterKillMillis() {
    return slowestAfterKillMillis;
  }

  /** The sign-in page, then its form; the application answers with a redirect to the start page. */
  void signIn(String username, String password) throws Unexpected, InterruptedException {
    try {
      expectPage(get("/login.xhtml"), "/login.xhtml");
      var signedIn =
          post(
              "/login.xhtml",
              form(
                  "login",
                  "login",
                  "login:continue",
                  "",
                  "login:username",
                  username,
                  "login:password",
                  password,
                  "login:signIn",
                  "",
                  "jakarta.faces.ViewState",
                  STATELESS));
      var location = signedIn.headers().firstValue("Location").orElse("");
      if (!isRedirect(signedIn) || !location.contains("/index.xhtml")) {
        throw new Unexpected(username + " could not sign in: " + describe(signedIn));
      }
    } catch (SentToSignIn impossible) {
      throw new Unexpected("the sign-in page sent " + username + " to sign in");
    }
  }

  /** My quizzes; where the start button on the card of the quiz posts. */
  String myQuizzes(String quizKey) throws SentToSignIn, Unexpected, InterruptedException {
    var page = expectPage(get("/me/quizzes.xhtml"), "My quizzes");
    return startAddress(page, quizKey)
        .orElseThrow(() -> new Unexpected("My quizzes has no start button for " + quizKey));
  }

  /**
   * Where the start button on the quiz's card posts (its formaction), if the page has the card and
   * it can start.
   */
  static Optional<String> startAddress(String page, String quizKey) {
    return QuizCards.startAddress(page, quizKey);
  }

  /** Starts the quiz, or resumes the attempt in progress; the attempt's id. */
  long start(String quizKey, String address) throws SentToSignIn, Unexpected, InterruptedException {
    var started =
        post(
            address, form("cards", "cards", "quiz", quizKey, "jakarta.faces.ViewState", STATELESS));
    var location = started.headers().firstValue("Location").orElse("");
    checkNotSignIn(started, location, "starting " + quizKey);
    var attempt = ATTEMPT_IN_LOCATION.matcher(location);
    if (!isRedirect(started) || !attempt.find()) {
      throw new Unexpected("starting " + quizKey + ": " + describe(started));
    }
    return Long.parseLong(attempt.group(1));
  }

  /** The attempt's page. */
  Step open(long attempt) throws SentToSignIn, Unexpected, InterruptedException {
    return noteStepIn(expectPage(get("/me/quiz.xhtml?attempt=" + attempt), "attempt " + attempt));
  }

  /**
   * Answers a statement; returns only once the application acknowledged it (a JSON reply naming the
   * statement, the attempt still open).
   */
  Step answer(long attempt, String key, boolean given)
      throws SentToSignIn, Unexpected, InterruptedException {
    var reply =
        postJson(
            "/api/me/attempts/" + attempt + "/answers",
            "{\"key\":\"" + key + "\",\"given\":" + given + "}");
    if (reply.statusCode() == 401) {
      throw new SentToSignIn("the answer to " + key);
    }
    var text = reply.body();
    if (reply.statusCode() != 200 || !text.contains("\"key\":\"" + key + "\"")) {
      throw new Unexpected("the answer to " + key + ": " + describe(reply));
    }
    remaining.remove(key);
    return remaining.isEmpty() ? new Finish() : new Answer(remaining.get(0));
  }

  /** Finishes the attempt; returns once the reply carries the result. */
  void finish(long attempt) throws SentToSignIn, Unexpected, InterruptedException {
    var reply = postJson("/api/me/attempts/" + attempt + "/finish", "{\"language\":\"ko\"}");
    if (reply.statusCode() == 401) {
      throw new SentToSignIn("the finish of attempt " + attempt);
    }
    if (reply.statusCode() != 200 || !reply.body().contains("\"result\"")) {
      throw new Unexpected(
          "finishing attempt " + attempt + " showed no result: " + describe(reply));
    }
  }

  /** What comes next on an attempt's page, noting the statements left to answer. */
  private Step noteStepIn(String page) {
    remaining.clear();
    remaining.addAll(unanswered(page));
    return stepIn(page);
  }

  /**
   * What comes next on an attempt's page: the first statement not answered yet, the finish when
   * every one is answered, or a reload when the page carries no open attempt.
   */
  static Step stepIn(String page) {
    var taking = TakingPage.in(page).filter(p -> !p.finished());
    if (taking.isEmpty()) {
      return new Reload();
    }
    var keys = taking.get().unanswered();
    return keys.isEmpty() ? new Finish() : new Answer(keys.get(0));
  }

  /** The statements left to answer, in the page's order ({@link TakingPage#unanswered}). */
  static List<String> unanswered(String page) {
    return TakingPage.in(page).map(TakingPage::unanswered).orElse(List.of());
  }

  private String expectPage(HttpResponse<String> response, String what)
      throws SentToSignIn, Unexpected {
    checkNotSignIn(response, response.headers().firstValue("Location").orElse(""), what);
    if (response.statusCode() != 200) {
      throw new Unexpected(what + ": " + describe(response));
    }
    return response.body();
  }

  private static void checkNotSignIn(HttpResponse<String> response, String target, String what)
      throws SentToSignIn {
    if ((isRedirect(response) || target.contains("<redirect")) && target.contains("/login.xhtml")) {
      throw new SentToSignIn(what);
    }
  }

  private static boolean isRedirect(HttpResponse<?> response) {
    return response.statusCode() / 100 == 3;
  }

  private static String describe(HttpResponse<String> response) {
    var body = response.body();
    return response.statusCode()
        + " "
        + response.headers().firstValue("Location").orElse("")
        + " "
        + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
  }

  private HttpResponse<String> get(String path) throws Unexpected, InterruptedException {
    return send(request(path).GET());
  }

  private HttpResponse<String> post(String path, String form)
      throws Unexpected, InterruptedException {
    var request =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            // As a browser sends it with every form post; the application refuses cross-site ones.
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(form));
    return send(request);
  }

  /** A JSON call as the quiz page's script sends it. */
  private HttpResponse<String> postJson(String path, String json)
      throws Unexpected, InterruptedException {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Origin", origin())
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String origin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(HttpRequest.Builder builder)
      throws Unexpected, InterruptedException {
    counts.requests.incrementAndGet();
    var began = System.nanoTime();
    String failure = null;
    for (int tryNo = 1; tryNo <= TRIES; tryNo++) {
      if (!cookies.isEmpty()) {
        builder.setHeader("Cookie", cookieHeader());
      }
      var request = builder.build();
      try {
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        var status = response.statusCode();
        if (status != 502 && status != 503 && status != 504) {
          keepCookies(response);
          noteUpstream(response);
          if (tryNo > 1) {
            counts.retriedAndAnswered.incrementAndGet();
          }
          noteDuration(began);
          return response;
        }
        failure = request.method() + " " + request.uri().getPath() + ": " + status;
      } catch (IOException e) {
        failure = request.method() + " " + request.uri().getPath() + ": " + e;
      }
      counts.failedTries.incrementAndGet();
      if (phase.killed()) {
        counts.failedTriesAfterKill.incrementAndGet();
      }
      Thread.sleep(PAUSE_BEFORE_RETRY.toMillis());
    }
    throw new Unexpected("failed " + TRIES + " times, last: " + failure);
  }

  private void noteUpstream(HttpResponse<?> response) {
    var addresses = response.headers().firstValue("X-Upstream").orElse("");
    if (addresses.contains(",")) {
      counts.switchedByBalancer.incrementAndGet();
    }
    var last = addresses.substring(addresses.lastIndexOf(',') + 1).trim();
    if (!last.isEmpty()) {
      upstream = last;
    }
  }

  private void noteDuration(long began) {
    if (phase.killed()) {
      var millis = (System.nanoTime() - began) / 1_000_000;
      if (millis > slowestAfterKillMillis) {
        slowestAfterKillMillis = millis;
      }
    }
  }

  private void keepCookies(HttpResponse<?> response) {
    for (var header : response.headers().allValues("Set-Cookie")) {
      var pair = header.split(";", 2)[0];
      var equals = pair.indexOf('=');
      if (equals <= 0) {
        continue;
      }
      var name = pair.substring(0, equals).trim();
      var value = pair.substring(equals + 1).trim();
      if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private String cookieHeader() {
    return cookies.entrySet().stream()
        .map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  private static String form(String... namesAndValues) {
    var body = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}
