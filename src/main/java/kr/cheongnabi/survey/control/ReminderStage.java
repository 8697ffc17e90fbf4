package kr.cheongnabi.survey.control;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * When those who have not answered are reminded: stage 1 a week after the first day, stage 2 three
 * days before the last; each at most once per person. A short round whose stage 1 and 2 fall due
 * together sends stage 2 only.
 */
public final class ReminderStage {

  static final int FIRST = 1;
  static final int LAST = 2;

  private ReminderStage() {}

  /** The stage due on {@code today} for a round open from {@code startsOn} to {@code endsOn}. */
  public static OptionalInt dueOn(LocalDate today, LocalDate startsOn, LocalDate endsOn) {
    if (today.isBefore(startsOn) || today.isAfter(endsOn)) {
      return OptionalInt.empty();
    }
    if (!today.isBefore(endsOn.minusDays(3))) {
      return OptionalInt.of(LAST);
    }
    if (!today.isBefore(startsOn.plusDays(7))) {
      return OptionalInt.of(FIRST);
    }
    return OptionalInt.empty();
  }
}
