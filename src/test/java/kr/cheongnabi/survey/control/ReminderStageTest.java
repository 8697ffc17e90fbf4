package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderStageTest {

  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate END = LocalDate.of(2026, 9, 30);

  @Test
  void theInvitationFromTheFirstDayAReminderAWeekInTheLastThreeDaysBeforeTheEnd() {
    assertEquals(OptionalInt.empty(), ReminderStage.dueOn(START.minusDays(1), START, END));
    assertEquals(OptionalInt.of(1), ReminderStage.dueOn(START, START, END));
    assertEquals(OptionalInt.of(1), ReminderStage.dueOn(START.plusDays(6), START, END));
    assertEquals(OptionalInt.of(2), ReminderStage.dueOn(START.plusDays(7), START, END));
    assertEquals(OptionalInt.of(2), ReminderStage.dueOn(END.minusDays(4), START, END));
    assertEquals(OptionalInt.of(3), ReminderStage.dueOn(END.minusDays(3), START, END));
    assertEquals(OptionalInt.of(3), ReminderStage.dueOn(END, START, END));
    assertEquals(OptionalInt.empty(), ReminderStage.dueOn(END.plusDays(1), START, END));
  }

  @Test
  void aShortRoundInvitesThenSendsOnlyTheLastReminder() {
    var end = START.plusDays(5);
    assertEquals(OptionalInt.of(1), ReminderStage.dueOn(START, START, end));
    assertEquals(OptionalInt.of(3), ReminderStage.dueOn(START.plusDays(2), START, end));
  }
}
