package kr.cheongnabi.benchmark;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What saving an answer costs the database alone: the same row written by a plain JDBC {@code
 * INSERT … ON DUPLICATE KEY UPDATE}, with the same number of simulated people as a level's takers
 * and the same rhythm (a think time before the start, each of the five answers and the finish; an
 * insert for each answer). The rate then matches the takers' when the application keeps up, and it
 * does not depend on how the application fared. The pool has as many connections as the
 * application's (30), and each time runs from the moment the insert was due, so waiting for a
 * thread or a connection counts, as it does in the application.
 */
final class RawInsertBaseline {

  /** Times in milliseconds. */
  record Result(int people, long inserts, long errors, double p50, double p95, double p99) {}

  static final int POOL_SIZE = 30;

  private static final int STEPS = 7; // start, five answers, finish

  /** The statement the application saves an answer with ({@code Attempts.answer}). */
  private static final String INSERT =
      "INSERT INTO quiz_answer (attempt_id, statement_key, answer, answered_at)"
          + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id";

  private final DataSource pool;
  private final LoadData data;
  private final LoadPlan plan;

  RawInsertBaseline(DataSource pool, LoadData data, LoadPlan plan) {
    this.pool = pool;
    this.data = data;
    this.plan = plan;
  }

  /** Runs the baseline for the level: a warm-up as long as the settling time, then the window. */
  Result run(int levelNumber, int people) throws Exception {
    long warmUp = plan.settle().toNanos();
    long window = plan.rawWindow().toNanos();
    int cycles = (int) ((warmUp + window) / (STEPS * plan.think().min().toNanos()) + 2);
    var attempts = RawAttempts.create(pool, data, levelNumber, people, cycles);
    var latencies = new Latencies();
    var errors = new AtomicLong();
    var executor = Executors.newScheduledThreadPool(POOL_SIZE);
    long begin = System.nanoTime();
    long measureFrom = begin + warmUp;
    long end = measureFrom + window;
    for (int p = 0; p < people; p++) {
      var person = new Person(attempts.of(p), executor, latencies, errors, measureFrom, end);
      person.next(ThreadLocalRandom.current().nextInt(STEPS), randomThink());
    }
    TimeUnit.NANOSECONDS.sleep(end - System.nanoTime());
    executor.shutdown();
    executor.awaitTermination(1, TimeUnit.MINUTES);
    return latencies.result(people, errors.get());
  }

  private long randomThink() {
    return ThreadLocalRandom.current()
        .nextLong(plan.think().min().toNanos(), plan.think().max().toNanos() + 1);
  }

  /** One simulated person: a step after each think time, an insert on the answer steps. */
  private final class Person {
    private final List<Long> attempts;
    private final ScheduledExecutorService executor;
    private final Latencies latencies;
    private final AtomicLong errors;
    private final long measureFrom;
    private final long end;
    private int cycle;

    Person(
        List<Long> attempts,
        ScheduledExecutorService executor,
        Latencies latencies,
        AtomicLong errors,
        long measureFrom,
        long end) {
      this.attempts = attempts;
      this.executor = executor;
      this.latencies = latencies;
      this.errors = errors;
      this.measureFrom = measureFrom;
      this.end = end;
    }

    void next(int step, long afterNanos) {
      long due = System.nanoTime() + afterNanos;
      if (due >= end || cycle >= attempts.size()) {
        return;
      }
      executor.schedule(() -> act(step, due), afterNanos, TimeUnit.NANOSECONDS);
    }

    private void act(int step, long due) {
      if (step >= 1 && step <= 5) {
        try {
          insert(attempts.get(cycle), data.raw().statementKeys().get(step - 1));
          if (due >= measureFrom) {
            latencies.add(System.nanoTime() - due);
          }
        } catch (SQLException e) {
          errors.incrementAndGet();
        }
      }
      if (step == STEPS - 1) {
        cycle++;
      }
      next((step + 1) % STEPS, randomThink());
    }

    private void insert(long attempt, String key) throws SQLException {
      try (var connection = pool.getConnection();
          var insert = connection.prepareStatement(INSERT)) {
        insert.setLong(1, attempt);
        insert.setString(2, key);
        insert.setBoolean(3, ThreadLocalRandom.current().nextBoolean());
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
    }
  }

  /** Times of the measured inserts, in nanoseconds. */
  private static final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long latency) {
      nanos.add(latency);
    }

    synchronized Result result(int people, long errors) {
      var sorted = nanos.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(sorted);
      return new Result(
          people,
          sorted.length,
          errors,
          millis(sorted, 50),
          millis(sorted, 95),
          millis(sorted, 99));
    }

    /** Nearest rank. */
    private static double millis(long[] sorted, double rank) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(rank / 100 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }
  }
}
