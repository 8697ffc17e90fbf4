package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.quiz.control.TextFormat;
import org.junit.jupiter.api.Test;

class ModuleSettingsTest {

  @Test
  void completeSettingsHaveNoProblem() {
    assertEquals(List.of(), settings(30, null, null, true, Set.of()).problems());
  }

  @Test
  void creditedMinutesAreOneToSixHundred() {
    assertEquals(
        List.of(new ModuleProblem(0, "creditMinutes", "minutesRange")),
        settings(0, null, null, true, Set.of()).problems());
    assertEquals(List.of(), settings(600, null, null, true, Set.of()).problems());
  }

  @Test
  void theLastDayIsNotBeforeTheFirst() {
    var problems =
        settings(30, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), true, Set.of()).problems();
    assertEquals(List.of(new ModuleProblem(0, "availableUntil", "beforeFrom")), problems);
  }

  @Test
  void anAudienceOfUnitsNamesAtLeastOne() {
    assertEquals(
        List.of(new ModuleProblem(0, "audience", "noUnit")),
        settings(30, null, null, false, Set.of()).problems());
    assertEquals(List.of(), settings(30, null, null, false, Set.of(7L)).problems());
  }

  private static ModuleSettings settings(
      int minutes, LocalDate from, LocalDate until, boolean all, Set<Long> units) {
    return new ModuleSettings(
        "청탁금지법 기초",
        "Graft Act basics",
        TextFormat.MARKDOWN,
        "소개",
        "About",
        minutes,
        null,
        from,
        until,
        all,
        units);
  }
}
