package kr.cheongnabi.quiz.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time limit of an attempt, kept by the server: the browser's timer only shows it. A few
 * seconds of grace cover the answer that was sent just before the limit and arrived just after.
 */
public record AttemptClock(Instant started, Duration limit) {

  public static final Duration GRACE = Duration.ofSeconds(5);

  public AttemptClock {
    if (started == null) {
      throw new IllegalArgumentException("An attempt has a start");
    }
    if (limit != null && (limit.isNegative() || limit.isZero())) {
      throw new IllegalArgumentException("A time limit must be positive: " + limit);
    }
  }

  public static AttemptClock unlimited(Instant started) {
    return new AttemptClock(started, null);
  }

  /** The clock of a stored attempt: its start and its deadline, if it has one. */
  public static AttemptClock between(Instant started, Instant deadline) {
    return deadline == null
        ? unlimited(started)
        : new AttemptClock(started, Duration.between(started, deadline));
  }

  public Optional<Instant> deadline() {
    return Optional.ofNullable(limit).map(started::plus);
  }

  /** Whether an answer arriving at {@code now} still counts. */
  public boolean accepts(Instant now) {
    return deadline().map(d -> !now.isAfter(d.plus(GRACE))).orElse(true);
  }

  /** What the browser shows: the time left, never negative. */
  public Optional<Duration> remainingAt(Instant now) {
    return deadline()
        .map(d -> Duration.between(now, d))
        .map(left -> left.isNegative() ? Duration.ZERO : left);
  }
}
