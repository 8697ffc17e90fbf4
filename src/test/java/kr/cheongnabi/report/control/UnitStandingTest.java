package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitStandingTest {

  @Test
  void completionIsRoundedDownSoNinetyNineAndAHalfIsNotAFinishedHundred() {
    assertEquals(99, unit(1000, 996).completionPercent());
  }

  @Test
  void aUnitWhereNobodyOwesHoursIsComplete() {
    assertEquals(100, unit(0, 0).completionPercent());
    assertEquals("good", unit(0, 0).completionRating());
  }

  @Test
  void barsReadGoodFromNinetyFairFromSixtyAndPoorBelow() {
    assertEquals("good", unit(10, 9).completionRating());
    assertEquals("fair", unit(10, 8).completionRating());
    assertEquals("fair", unit(10, 6).completionRating());
    assertEquals("poor", unit(10, 5).completionRating());
  }

  private static UnitStanding unit(int owing, int metTarget) {
    return new UnitStanding(
        1, null, "U", null, 0, owing, owing, metTarget, 0, owing - metTarget, 0, 0, 0, 0);
  }
}
