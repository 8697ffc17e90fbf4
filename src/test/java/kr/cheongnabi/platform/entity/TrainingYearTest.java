package kr.cheongnabi.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrainingYearTest {

  @Test
  void theYearTurnsAtMidnightInSeoulNotInUtc() {
    // 2026-12-31T15:00Z is 1 January 2027, 00:00 in Seoul.
    assertEquals(2026, TrainingYear.of(Instant.parse("2026-12-31T14:59:59Z")).value());
    assertEquals(2027, TrainingYear.of(Instant.parse("2026-12-31T15:00:00Z")).value());
  }

  @Test
  void aYearRunsFromItsFirstMomentToTheNextYearsFirst() {
    var year = new TrainingYear(2026);
    assertEquals(Instant.parse("2025-12-31T15:00:00Z"), year.start());
    assertEquals(Instant.parse("2026-12-31T15:00:00Z"), year.end());
  }
}
