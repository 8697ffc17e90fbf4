package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void sevenOfTenPassesAPassMarkOfSeventy() {
    assertTrue(new Score(7, 10).passes(70));
    assertEquals(70, new Score(7, 10).percent());
  }

  @Test
  void justBelowThePassMarkFailsEvenWhenRoundingWouldHideIt() {
    // 9 of 13 is 69.2%: shown as 69, and it does not pass 70.
    assertFalse(new Score(9, 13).passes(70));
    assertEquals(69, new Score(9, 13).percent());
  }

  @Test
  void threeOfFivePassesTheIntegrityWeekMarkOfSixty() {
    assertTrue(new Score(3, 5).passes(60));
    assertFalse(new Score(2, 5).passes(60));
  }

  @Test
  void impossibleScoresAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Score(6, 5));
    assertThrows(IllegalArgumentException.class, () -> new Score(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Score(-1, 5));
  }
}
