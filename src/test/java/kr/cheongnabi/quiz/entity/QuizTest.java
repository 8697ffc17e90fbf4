package kr.cheongnabi.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTest {

  @Test
  void aNewQuizIsForEveryone() {
    var quiz = new Quiz("graft-act");
    assertTrue(quiz.isAudienceAll());
    assertTrue(quiz.admits(List.of(7L)));
    assertTrue(quiz.admits(List.of()), "even someone whose unit is unknown");
  }

  @Test
  void aQuizForChosenUnitsAdmitsWhoeverHasOneOfThemInTheirChainOfUnits() {
    var quiz = new Quiz("graft-act");
    quiz.restrictTo(List.of(2L, 9L));

    assertTrue(quiz.admits(List.of(5L, 2L, 1L)), "a unit below a chosen one");
    assertTrue(quiz.admits(List.of(9L, 1L)), "the chosen unit itself");
    assertFalse(quiz.admits(List.of(4L, 1L)), "a unit beside the chosen ones");
    assertFalse(quiz.admits(List.of()));
  }

  @Test
  void choosingAgainReplacesTheUnitsAndEveryoneForgetsThem() {
    var quiz = new Quiz("graft-act");
    quiz.restrictTo(List.of(2L, 9L));
    quiz.restrictTo(List.of(9L, 11L));
    assertEquals(Set.of(9L, 11L), quiz.getAudienceUnits());

    quiz.openToEveryone();
    assertTrue(quiz.isAudienceAll());
    assertEquals(Set.of(), quiz.getAudienceUnits());
  }

  @Test
  void chosenUnitsNeedAtLeastOneUnit() {
    var quiz = new Quiz("graft-act");
    assertThrows(IllegalArgumentException.class, () -> quiz.restrictTo(List.of()));
    assertTrue(quiz.isAudienceAll());
  }
}
