package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptClockTest {

  private static final Instant START = Instant.parse("2026-12-20T01:00:00Z");
  private final AttemptClock fiveMinutes = new AttemptClock(START, Duration.ofMinutes(5));

  @Test
  void anAnswerWithinTheLimitCounts() {
    assertTrue(fiveMinutes.accepts(START.plusSeconds(299)));
  }

  @Test
  void anAnswerArrivingWithinTheGraceAfterTheLimitStillCounts() {
    assertTrue(fiveMinutes.accepts(START.plusSeconds(300).plus(AttemptClock.GRACE)));
  }

  @Test
  void anAnswerAfterLimitAndGraceDoesNotCount() {
    assertFalse(fiveMinutes.accepts(START.plusSeconds(300).plus(AttemptClock.GRACE).plusMillis(1)));
  }

  @Test
  void theRemainingTimeNeverGoesNegative() {
    assertEquals(
        Optional.of(Duration.ofMinutes(2)), fiveMinutes.remainingAt(START.plusSeconds(180)));
    assertEquals(Optional.of(Duration.ZERO), fiveMinutes.remainingAt(START.plusSeconds(900)));
  }

  @Test
  void withoutALimitEveryAnswerCountsAndThereIsNoDeadline() {
    var open = AttemptClock.unlimited(START);
    assertTrue(open.accepts(START.plus(Duration.ofDays(30))));
    assertEquals(Optional.empty(), open.deadline());
  }

  @Test
  void aZeroLimitIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new AttemptClock(START, Duration.ZERO));
  }
}
