package kr.cheongnabi.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Every HTTP request of the benchmark, as a browser sends it when a person signs in and takes an OX
 * quiz, with the checks that decide whether it succeeded. The requests follow the contract of the
 * stateless quiz pages: My quizzes starts an attempt by a POST that redirects to the taking page,
 * each answer and the finish are the JSON calls the page's script makes. Redirects are not
 * followed: each one is checked and requested explicitly, as it is part of what the person waits
 * for.
 *
 * <p>Session attributes: {@code username} (from the feeder), {@code startAddress}, {@code attempt},
 * {@code keys} (the statements left to answer, in the page's order), {@code answering}.
 */
final class QuizFlow {

  /** Names the request of a step, e.g. "answer" as {@code answer [500 takers]}. */
  interface Naming {
    Function<Session, String> of(String step);
  }

  /** Whether a virtual user goes on taking, asked before each step. */
  interface Going {
    boolean at(Session session);
  }

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private final String origin;
  private final String password;
  private final LoadPlan.Think think;
  private final AcknowledgedAnswers acknowledged;

  /**
   * @param origin the scheme, host and port of the application: a browser sends it as {@code
   *     Origin} with every POST, and the application refuses posts from another site
   */
  QuizFlow(String origin, String password, LoadPlan.Think think, AcknowledgedAnswers acknowledged) {
    this.origin = origin;
    this.password = password;
    this.think = think;
    this.acknowledged = acknowledged;
  }

  ChainBuilder signIn(Naming name) {
    return exec(loginPage(name)).exec(signInAndHome(name));
  }

  ChainBuilder loginPage(Naming name) {
    return exec(http(name.of("login page")).get("/login.xhtml").check(status().is(200)));
  }

  /** The sign-in itself: the POST that checks the password, and the home page it sends to. */
  ChainBuilder signInAndHome(Naming name) {
    return exec(http(name.of("sign in"))
            .post("/login.xhtml")
            .header("Origin", origin)
            .formParam("login", "login")
            .formParam("login:continue", "")
            .formParam("login:username", s -> s.getString("username"))
            .formParam("login:password", s -> password)
            .formParam("login:signIn", "")
            .formParam(VIEW_STATE, "stateless")
            .check(
                status().is(302),
                header("Location").transform(QuizPages::signedIn).is(QuizPages.OK)))
        .exec(http(name.of("home")).get("/index.xhtml").check(status().is(200)));
  }

  /** My quizzes, with a start button on the card of the quiz. */
  ChainBuilder myQuizzes(Naming name, String quizKey) {
    return exec(
        http(name.of("my quizzes"))
            .get("/me/quizzes.xhtml")
            .check(
                status().is(200),
                bodyString().transform(page -> QuizPages.canStart(page, quizKey)).is(QuizPages.OK),
                bodyString()
                    .transform(page -> QuizPages.startAddress(page, quizKey))
                    .saveAs("startAddress")));
  }

  /**
   * The start button on the card: the card's form posted to the start call, which redirects to the
   * attempt's taking page.
   */
  ChainBuilder start(Naming name, String quizKey) {
    return exec(
        http(name.of("start"))
            .post(s -> s.getString("startAddress"))
            .header("Origin", origin)
            .formParam("cards", "cards")
            .formParam("quiz", s -> quizKey)
            .formParam(VIEW_STATE, "stateless")
            .check(
                status().is(303),
                header("Location").transform(QuizPages::started).is(QuizPages.OK),
                header("Location").transform(QuizPages::attempt).saveAs("attempt")));
  }

  /** The redirect target of a start: the taking page, with the first statement to answer. */
  ChainBuilder takingPage(Naming name) {
    return exec(
        http(name.of("quiz page"))
            .get(s -> "/me/quiz.xhtml?attempt=" + s.getString("attempt"))
            .check(
                status().is(200),
                bodyString()
                    .transformWithSession(
                        (page, s) -> QuizPages.takingPage(page, s.getString("attempt")))
                    .is(QuizPages.OK),
                bodyString().transform(QuizPages::unanswered).saveAs("keys")));
  }

  /**
   * One answer, O or X at random. Only an answer whose response passed every check is counted as
   * acknowledged; a failed one is not, even if the server stored it.
   */
  ChainBuilder answer(Naming name) {
    return exec(s -> s.set("answering", keys(s).get(0)))
        .exec(
            http(name.of("answer"))
                .post(s -> "/api/me/attempts/" + s.getString("attempt") + "/answers")
                .header("Origin", origin)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .body(
                    StringBody(
                        s ->
                            "{\"key\":\""
                                + s.getString("answering")
                                + "\",\"given\":"
                                + ThreadLocalRandom.current().nextBoolean()
                                + ",\"language\":\"ko\"}"))
                .check(
                    status().is(200),
                    bodyString()
                        .transformWithSession(
                            (reply, s) -> QuizPages.answerReply(reply, s.getString("answering")))
                        .is(QuizPages.OK)))
        .doIf(s -> !s.isFailed())
        .then(
            exec(
                s -> {
                  acknowledged.add(
                      Long.parseLong(s.getString("attempt")), s.getString("answering"));
                  var keys = keys(s);
                  return s.set("keys", keys.subList(1, keys.size()));
                }));
  }

  private static List<String> keys(Session session) {
    return session.getList("keys");
  }

  /** The finish button: the page's JSON call, whose reply is the finished attempt. */
  ChainBuilder finish(Naming name) {
    return exec(
        http(name.of("finish"))
            .post(s -> "/api/me/attempts/" + s.getString("attempt") + "/finish")
            .header("Origin", origin)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .body(StringBody("{\"language\":\"ko\"}"))
            .check(status().is(200), bodyString().transform(QuizPages::finished).is(QuizPages.OK)));
  }

  /**
   * One attempt as a person makes it: My quizzes, start, every statement with a think time before
   * each answer, finish. Each click (start, answer, finish) comes after a think time. Stops between
   * steps when {@code going} says so; the caller runs it in a block that a failed request ends.
   */
  ChainBuilder attempt(Naming name, String quizKey, Going going) {
    return exec(myQuizzes(name, quizKey))
        .exec(pause(think.min(), think.max()))
        .doIf(going::at)
        .then(
            exec(start(name, quizKey))
                .exec(takingPage(name))
                .exec(
                    asLongAs(s -> !keys(s).isEmpty() && going.at(s))
                        .on(pause(think.min(), think.max()).doIf(going::at).then(answer(name))))
                .doIf(s -> keys(s).isEmpty() && going.at(s))
                .then(pause(think.min(), think.max()).exec(finish(name))));
  }

  /**
   * After a failed request the person waits, reloads My quizzes and, if it sends them to sign in
   * (their session is gone), signs in again. The reload only looks where it lands.
   */
  ChainBuilder recover(Naming name) {
    return exec(Session::markAsSucceeded)
        .exec(pause(think.min(), think.max()))
        .exec(
            http(name.of("my quizzes after an error"))
                .get("/me/quizzes.xhtml")
                .check(status().saveAs("reloaded")))
        .doIf(s -> s.contains("reloaded") && s.getInt("reloaded") == 302)
        .then(exec(Session::markAsSucceeded).exec(signIn(name)))
        .exec(s -> s.markAsSucceeded().remove("reloaded"));
  }
}
