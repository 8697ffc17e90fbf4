package kr.cheongnabi.survey.control;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * When those asked and not answered get a mail: the invitation (stage 1) from the first day, a
 * reminder (stage 2) a week after it, the last reminder (stage 3) three days before the last day;
 * each at most once per person. A later stage due replaces an earlier one not sent: a short round
 * sends its last reminder only, which carries the link as the invitation does.
 */
public final class ReminderStage {

  static final int INVITATION = 1;
  static final int FIRST = 2;
  static final int LAST = 3;

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
    return OptionalInt.of(INVITATION);
  }
}
