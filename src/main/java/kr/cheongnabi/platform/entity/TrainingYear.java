package kr.cheongnabi.platform.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The year training counts for: the calendar year where the officials work, in Asia/Seoul, so a
 * lesson finished at 08:00 on 1 January in Seoul belongs to the new year, whatever the server's
 * clock zone.
 */
public record TrainingYear(int value) {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  public TrainingYear {
    if (value < 2000 || value > 9999) {
      throw new IllegalArgumentException("not a training year: " + value);
    }
  }

  public static TrainingYear of(Instant moment) {
    return new TrainingYear(moment.atZone(KOREA).getYear());
  }

  /** The first moment of the year. */
  public Instant start() {
    return LocalDate.of(value, 1, 1).atStartOfDay(KOREA).toInstant();
  }

  /** The first moment of the next year: the year is {@code [start(), end())}. */
  public Instant end() {
    return LocalDate.of(value + 1, 1, 1).atStartOfDay(KOREA).toInstant();
  }
}
