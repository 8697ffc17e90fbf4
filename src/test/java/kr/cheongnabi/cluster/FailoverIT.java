package kr.cheongnabi.cluster;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kr.cheongnabi.cluster.FailoverData.AnswerKey;
import kr.cheongnabi.cluster.Taker.Ack;
import kr.cheongnabi.cluster.Taker.Finished;
import kr.cheongnabi.cluster.Taker.Pace;
import org.junit.jupiter.api.Test;

/**
 * Fail-over that loses nothing ({@code ./mvnw -Pfailover}; README, Cluster): two instances in one
 * cluster behind nginx, takers at the quiz through nginx, then {@code kill -9} of the instance that
 * serves about half of them. Afterwards every answer the application acknowledged is stored, no
 * taker was sent to sign in again and each one finished the quiz again after the kill, and every
 * pass credited its minutes once, in quiz_credit and in the hours ledger.
 *
 * <p>Settings (system properties, set by the profile): {@code failover.takers}, {@code
 * failover.afterKillSeconds}, {@code failover.port} (nginx; the instances take the next two),
 * {@code failover.gridPort} (Hazelcast; the second instance takes the next), {@code
 * failover.thinkMinMillis}, {@code failover.thinkMaxMillis}, {@code failover.rampSeconds}.
 */
class FailoverIT {

  private static final Duration WARM_UP = Duration.ofMinutes(10);
  private static final Duration AFTER_KILL_PATIENCE = Duration.ofMinutes(3);

  private final int takerCount = Integer.getInteger("failover.takers", 100);
  private final Duration afterKill =
      Duration.ofSeconds(Integer.getInteger("failover.afterKillSeconds", 30));
  private final LocalCluster.Ports ports =
      LocalCluster.Ports.from(
          Integer.getInteger("failover.port", 8280), Integer.getInteger("failover.gridPort", 6971));
  private final long thinkMin = Long.getLong("failover.thinkMinMillis", 200);
  private final long thinkMax = Long.getLong("failover.thinkMaxMillis", 1000);
  private final long ramp = Duration.ofSeconds(Long.getLong("failover.rampSeconds", 20)).toMillis();

  @Test
  void killingTheInstanceHalfTheTakersAreOnLosesNothing() throws Exception {
    var project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    var work = cleanDirectory(project.resolve("target/failover"));
    System.out.printf("Fail-over run: %d takers; logs in %s%n", takerCount, work);
    try (var data = FailoverData.create(takerCount);
        var cluster = LocalCluster.start(project, work, ports, database())) {
      System.out.printf(
          "Cluster %s: %s; nginx at %s%n",
          cluster.clusterName(),
          cluster.instances().stream()
              .map(i -> i.name() + " at " + i.address() + " (pid " + i.pid() + ")")
              .collect(Collectors.joining(", ")),
          cluster.balancer().base());
      var phase = new Phase();
      var counts = new QuizFlow.Counts();
      var takers = takers(data, cluster, phase, counts);
      var pool = Executors.newFixedThreadPool(takers.size());
      var futures = takers.stream().map(pool::submit).toList();
      var started = Instant.now();
      PayaraInstance victim;
      Map<String, Long> servedAtKill;
      Instant killedAt;
      try {
        awaitAll(takers, futures, t -> t.finishes() >= 1, WARM_UP, "every taker finished once");
        servedAtKill =
            takers.stream().collect(Collectors.groupingBy(Taker::upstream, Collectors.counting()));
        victim =
            cluster.instances().stream()
                .max(Comparator.comparing(i -> servedAtKill.getOrDefault(i.address(), 0L)))
                .orElseThrow();
        System.out.printf(
            "After %d s the instances serve %s; kill -9 %d (%s)%n",
            Duration.between(started, Instant.now()).toSeconds(),
            servedAtKill,
            victim.pid(),
            victim.name());
        // From here on, what takers see counts as after the kill, also while the signal is on its
        // way.
        phase.kill();
        killedAt = Instant.now();
        victim.killHard();
        TimeUnit.MILLISECONDS.sleep(afterKill.toMillis());
        awaitAll(
            takers,
            futures,
            t -> t.finishesAfterKill() >= 1,
            AFTER_KILL_PATIENCE,
            "every taker finished again after the kill");
      } finally {
        stop(phase, pool, futures);
      }
      System.out.printf(
          "Stopped %d s after the kill%n", Duration.between(killedAt, Instant.now()).toSeconds());
      check(data, takers, counts, victim, servedAtKill);
    }
  }

  private List<Taker> takers(
      FailoverData data, LocalCluster cluster, Phase phase, QuizFlow.Counts counts)
      throws Exception {
    var correct = data.correctAnswers();
    var client = QuizFlow.newClient();
    var people = data.people();
    var takers = new ArrayList<Taker>();
    for (int i = 0; i < people.size(); i++) {
      takers.add(
          new Taker(
              people.get(i),
              data.quizKey(),
              correct,
              i % 2 == 1,
              new QuizFlow(client, cluster.balancer().base(), phase, counts),
              phase,
              new Pace(ramp * i / people.size(), thinkMin, thinkMax)));
    }
    return takers;
  }

  private void check(
      FailoverData data,
      List<Taker> takers,
      QuizFlow.Counts counts,
      PayaraInstance victim,
      Map<String, Long> servedAtKill)
      throws Exception {
    var acks = takers.stream().flatMap(t -> t.acks().stream()).toList();
    var stored = data.storedAnswers();
    var missing =
        acks.stream()
            .filter(a -> !Boolean.valueOf(a.given()).equals(stored.get(key(a))))
            .map(a -> key(a) + "=" + a.given() + " stored as " + stored.get(key(a)))
            .toList();
    var finished = takers.stream().flatMap(t -> t.finished().stream()).toList();
    var finishedInDb = data.finishedAttempts();
    var unfinished =
        finished.stream().map(Finished::attempt).filter(a -> !finishedInDb.contains(a)).toList();
    var credits = data.credits();
    var afterKillAttempts =
        finished.stream().filter(Finished::afterKill).map(Finished::attempt).toList();
    var creditedAfterKill =
        afterKillAttempts.stream().filter(credits.creditedAttempts()::contains).count();
    var sentToSignIn = takers.stream().flatMap(t -> t.sentToSignIn().stream()).toList();
    var problems = takers.stream().flatMap(t -> t.problems().stream()).toList();
    var withoutFinishAfterKill =
        takers.stream()
            .filter(t -> t.finishesAfterKill() == 0)
            .map(t -> t.person().username())
            .toList();
    var signedInMoreThanOnce = takers.stream().filter(t -> t.signIns() != 1).count();

    System.out.println(
        """

        ==== Fail-over figures ====
        Takers:                        %d (%d late passers: wrong answers until the kill)
        Served at the kill:            %s; killed %s with kill -9
        Answers acknowledged:          %d before the kill, %d after; %d of them not stored as given
        Answers stored in all:         %d
        Finishes shown:                %d before the kill, %d after; %d not finished in the database
        Takers finishing after kill:   %d of %d
        Sent to sign in again:         %d; sign-ins: %d (takers signing in other than once: %d)
        Requests:                      %d; tries that failed (connection error, 502, 503, 504): %d,
                                       %d of them after the kill; sent again by the driver and
                                       answered: %d; moved to the other instance by nginx: %d
        Slowest request ending after the kill: %d ms (retries included; it may have begun before)
        Passed / credits / ledger:     %d people passed, %d credits, %d hours-ledger entries;
                                       %d credits from finishes after the kill
        Credit problems:               %d
        Other problems seen by takers: %d
        ===========================
        """
            .formatted(
                takers.size(),
                takers.stream().filter(Taker::latePasser).count(),
                servedAtKill,
                victim.name(),
                acks.stream().filter(a -> !a.afterKill()).count(),
                acks.stream().filter(Ack::afterKill).count(),
                missing.size(),
                stored.size(),
                finished.stream().filter(f -> !f.afterKill()).count(),
                afterKillAttempts.size(),
                unfinished.size(),
                takers.size() - withoutFinishAfterKill.size(),
                takers.size(),
                sentToSignIn.size(),
                takers.stream().mapToInt(Taker::signIns).sum(),
                signedInMoreThanOnce,
                counts.requests.get(),
                counts.failedTries.get(),
                counts.failedTriesAfterKill.get(),
                counts.retriedAndAnswered.get(),
                counts.switchedByBalancer.get(),
                takers.stream().mapToLong(Taker::slowestAfterKillMillis).max().orElse(0),
                credits.peopleWhoPassed(),
                credits.credits(),
                credits.ledgerEntries(),
                creditedAfterKill,
                credits.problems().size(),
                problems.size()));
    print("Sent to sign in", sentToSignIn);
    print("Problems", problems);
    print("Credit problems", credits.problems());
    print("Acknowledged answers not stored as given", missing);

    assertAll(
        () -> assertTrue(missing.isEmpty(), "acknowledged answers not stored: " + first(missing)),
        () -> assertTrue(unfinished.isEmpty(), "shown finishes not stored: " + first(unfinished)),
        () -> assertTrue(sentToSignIn.isEmpty(), "sent to sign in: " + first(sentToSignIn)),
        () -> assertEquals(0, signedInMoreThanOnce, "takers who signed in other than once"),
        () ->
            assertTrue(
                withoutFinishAfterKill.isEmpty(),
                "no finish after the kill: " + first(withoutFinishAfterKill)),
        () -> assertTrue(credits.problems().isEmpty(), "credits: " + first(credits.problems())),
        () -> assertTrue(problems.isEmpty(), "problems: " + first(problems)),
        () -> assertTrue(acks.stream().anyMatch(Ack::afterKill), "no answer after the kill"),
        () ->
            assertTrue(
                servedAtKill.getOrDefault(victim.address(), 0L) > 0,
                "the killed instance served nobody: the run proves nothing"));
  }

  private static AnswerKey key(Ack ack) {
    return new AnswerKey(ack.attempt(), ack.key());
  }

  /**
   * Waits until every taker satisfies the condition; fails early when a taker's thread died or the
   * takers keep meeting problems (a flow that does not work at all).
   */
  private static void awaitAll(
      List<Taker> takers,
      List<? extends Future<?>> futures,
      Predicate<Taker> condition,
      Duration patience,
      String what)
      throws Exception {
    var deadline = Instant.now().plus(patience);
    while (!takers.stream().allMatch(condition)) {
      for (var future : futures) {
        if (future.isDone()) {
          future.get();
          throw new IllegalStateException("a taker stopped before " + what);
        }
      }
      var troubled = takers.stream().filter(t -> t.problemCount() >= 5).findFirst();
      if (troubled.isPresent()) {
        throw new IllegalStateException(
            "takers keep failing before "
                + what
                + ", e.g. "
                + troubled.get().person().username()
                + ": "
                + troubled.get().lastProblem());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "not "
                + what
                + " within "
                + patience
                + ": "
                + takers.stream().filter(condition.negate()).count()
                + " takers missing");
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  private static void stop(Phase phase, ExecutorService pool, List<? extends Future<?>> futures)
      throws Exception {
    phase.stop();
    pool.shutdown();
    try {
      for (var future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, String> database() {
    return Map.of(
        "DB_URL", System.getenv("DB_URL"),
        "DB_USER", System.getenv("DB_USER"),
        "DB_PASSWORD", System.getenv("DB_PASSWORD"));
  }

  private static Path cleanDirectory(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (var paths = Files.walk(directory)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    return Files.createDirectories(directory);
  }

  private static void print(String title, List<String> lines) {
    if (!lines.isEmpty()) {
      System.out.println(title + " (" + lines.size() + "):");
      lines.stream().limit(20).forEach(line -> System.out.println("  " + line));
    }
  }

  private static String first(List<?> items) {
    return items.stream().limit(5).map(String::valueOf).collect(Collectors.joining("; "));
  }
}
