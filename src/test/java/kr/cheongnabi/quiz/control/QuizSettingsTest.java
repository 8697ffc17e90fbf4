package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizSettingsTest {

  private static final QuizSettings DEFAULTS = QuizSettings.defaults("graft-act", "퀴즈", "Quiz");

  @Test
  void defaultsAreThoseOfTheReadme() {
    assertEquals(60, DEFAULTS.passMarkPercent());
    assertEquals(0, DEFAULTS.creditMinutes());
    assertEquals(0, DEFAULTS.attemptsAllowed());
    assertEquals(0, DEFAULTS.draw());
    assertTrue(DEFAULTS.shuffle());
    assertEquals(0, DEFAULTS.timeLimitMinutes());
    assertNull(DEFAULTS.availableFrom());
    assertNull(DEFAULTS.availableUntil());
  }

  @Test
  void passMarkIsBetweenOneAndHundredPercent() {
    assertEquals(1, DEFAULTS.withPassMarkPercent(1).passMarkPercent());
    assertEquals(100, DEFAULTS.withPassMarkPercent(100).passMarkPercent());
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPassMarkPercent(0));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withPassMarkPercent(101));
  }

  @Test
  void countsAndMinutesAreNeverNegative() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withCreditMinutes(-1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withAttemptsAllowed(-1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withDraw(-1));
    assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withTimeLimitMinutes(-1));
    assertEquals(0, DEFAULTS.withTimeLimitMinutes(0).timeLimitMinutes());
  }

  @Test
  void availabilityMayBeOneDayButNeverEndBeforeItStarts() {
    LocalDate day = LocalDate.of(2026, 5, 19);

    assertEquals(day, DEFAULTS.withAvailability(day, day).availableUntil());
    assertEquals(day, DEFAULTS.withAvailability(null, day).availableUntil());
    assertThrows(
        IllegalArgumentException.class, () -> DEFAULTS.withAvailability(day, day.minusDays(1)));
  }

  @Test
  void idIsLettersDigitsAndHyphensAndTitlesAreOneLine() {
    assertThrows(
        IllegalArgumentException.class, () -> QuizSettings.defaults("graft act", "가", "A"));
    assertThrows(IllegalArgumentException.class, () -> QuizSettings.defaults("q", " ", "A"));
    assertThrows(IllegalArgumentException.class, () -> QuizSettings.defaults("q", "가", "A\nB"));
    assertEquals("가", QuizSettings.defaults("q", " 가 ", "A").titleKo());
  }

  @Test
  void aQuizCannotDrawMoreStatementsThanItsBankHolds() {
    var one = List.of(Statement.of("s1", RichText.of("가"), RichText.of("A"), true));

    assertEquals(1, new QuizFile(DEFAULTS.withDraw(1), null, one).settings().draw());
    assertThrows(
        IllegalArgumentException.class, () -> new QuizFile(DEFAULTS.withDraw(2), null, one));
  }

  @Test
  void aQuizHasStatementsWithUniqueIds() {
    var statement = Statement.of("s1", RichText.of("가"), RichText.of("A"), true);

    assertThrows(IllegalArgumentException.class, () -> new QuizFile(DEFAULTS, null, List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new QuizFile(DEFAULTS, null, List.of(statement, statement)));
  }

  @Test
  void englishFeedbackNeedsItsKoreanFeedbackAndItsFormat() {
    RichText ko = RichText.of("가");
    RichText en = RichText.of("A");

    assertThrows(
        IllegalArgumentException.class,
        () -> new Statement("s1", ko, en, true, null, null, null, en, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> Statement.of("s1", ko, new RichText("A", TextFormat.HTML), true));
    assertThrows(IllegalArgumentException.class, () -> Statement.of("s 1", ko, en, true));
  }
}
