package kr.cheongnabi.benchmark;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Gatling simulation of the benchmark: the takers of every level, then the start burst, then
 * the sign-in burst, along the time line of the {@link LoadPlan}. Gatling instantiates it itself,
 * in the benchmark's JVM, so {@link LoadBenchmark} hands it the run first.
 */
public class TakersSimulation extends Simulation {

  /** What the simulation needs from the run. */
  record Run(String baseUrl, LoadPlan plan, LoadData data, AcknowledgedAnswers acknowledged) {}

  static final String START_BURST = "start burst";
  static final String SIGN_IN_BURST = "sign-in burst";

  private static volatile Run run;

  /** The moment ({@link System#nanoTime()}) the last simulation started, and its clock time. */
  private static volatile long startedAt;

  private static volatile Instant startedAtClock;

  /** The moment the simulation started, against which the plan's times are read. */
  private volatile long startNanos;

  static void prepare(Run next) {
    run = next;
  }

  /** When the plan's time line began, as {@link System#nanoTime()}, to place its windows. */
  static long startedAt() {
    return startedAt;
  }

  /** When the plan's time line began, by the clock, to find the windows in a server's profile. */
  static Instant startedAtClock() {
    return startedAtClock;
  }

  public TakersSimulation() {
    var r = Objects.requireNonNull(run, "TakersSimulation runs only from LoadBenchmark");
    var plan = r.plan();
    var base = URI.create(r.baseUrl());
    var origin = base.getScheme() + "://" + base.getAuthority();
    var flow = new QuizFlow(origin, r.data().password(), plan.think(), r.acknowledged());
    setUp(
            takers(r, flow)
                .injectOpen(injection(plan))
                .andThen(
                    signInBurst(r, flow)
                        .injectOpen(rampUsers(plan.signIns()).during(plan.signInsWithin()))))
        .protocols(
            http.baseUrl(r.baseUrl())
                .disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("ko-KR,ko;q=0.9,en;q=0.8")
                .userAgentHeader("Cheongnabi load benchmark (Gatling)"));
  }

  @Override
  public void before() {
    startNanos = System.nanoTime();
    startedAt = startNanos;
    startedAtClock = Instant.now();
  }

  private long elapsed() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /**
   * Everyone signs in once; takers take the quiz until the last window ends; then the first people
   * start the second quiz, each at their moment of the start burst.
   */
  private ScenarioBuilder takers(Run r, QuizFlow flow) {
    var plan = r.plan();
    QuizFlow.Naming taking = step -> s -> step + " " + plan.tag(elapsed());
    return scenario("takers")
        .feed(listFeeder(people(r.data(), Math.max(plan.takers(), plan.starts()))))
        .exec(flow.signIn(taking))
        .doIf(s -> person(s) <= plan.takers())
        .then(takeUntilTheLastWindowEnds(r, flow, taking))
        .doIf(s -> person(s) <= plan.starts())
        .then(startInTheBurst(r, flow));
  }

  /** Attempt after attempt; a failed request ends one, and the person recovers before the next. */
  private ChainBuilder takeUntilTheLastWindowEnds(Run r, QuizFlow flow, QuizFlow.Naming taking) {
    QuizFlow.Going going = s -> r.plan().taking(elapsed());
    return asLongAs(going::at)
        .on(
            doIf(Session::isFailed)
                .then(flow.recover(taking))
                .exec(exitBlockOnFail().on(flow.attempt(taking, r.data().taking().key(), going))));
  }

  /** My quizzes, the wait for the person's moment, then start and the page it leads to. */
  private ChainBuilder startInTheBurst(Run r, QuizFlow flow) {
    QuizFlow.Naming burst = step -> s -> START_BURST + ": " + step;
    var quiz = r.data().startBurst().key();
    return exec(Session::markAsSucceeded)
        .exec(
            exitBlockOnFail()
                .on(
                    exec(flow.myQuizzes(burst, quiz))
                        .pause(s -> untilOwnMoment(r.plan(), person(s)))
                        .exec(
                            group(START_BURST)
                                .on(exec(flow.start(burst, quiz)).exec(flow.takingPage(burst))))));
  }

  private Duration untilOwnMoment(LoadPlan plan, int person) {
    return Duration.ofMillis(Math.max(0, plan.startAt(person) - elapsed()));
  }

  /** Sign-in only: the login page, then the sign-in POST and the home page it leads to. */
  private static ScenarioBuilder signInBurst(Run r, QuizFlow flow) {
    QuizFlow.Naming name = step -> s -> SIGN_IN_BURST + ": " + step;
    return scenario(SIGN_IN_BURST)
        .feed(listFeeder(people(r.data(), r.plan().signIns())))
        .exec(flow.loginPage(name))
        .exec(group(SIGN_IN_BURST).on(flow.signInAndHome(name)));
  }

  /** Each level's newcomers arrive at the sign-in rate; then nobody new until the next level. */
  private static List<OpenInjectionStep> injection(LoadPlan plan) {
    var steps = new ArrayList<OpenInjectionStep>();
    for (var level : plan.levels()) {
      steps.add(
          rampUsers(level.newcomers())
              .during(Duration.ofMillis(level.rampEnd() - level.rampStart())));
      steps.add(nothingFor(Duration.ofMillis(level.windowEnd() - level.rampEnd())));
    }
    if (plan.lateComers() > 0) {
      steps.add(
          rampUsers(plan.lateComers())
              .during(Duration.ofMillis(plan.lateRampEnd() - plan.lateRampStart())));
    }
    return steps;
  }

  /** Persons 1 to n, in the order they sign in. */
  private static List<Map<String, Object>> people(LoadData data, int n) {
    var people = new ArrayList<Map<String, Object>>();
    for (int person = 1; person <= n; person++) {
      people.add(Map.of("person", person, "username", data.username(person)));
    }
    return people;
  }

  private static int person(Session session) {
    return session.getInt("person");
  }
}
