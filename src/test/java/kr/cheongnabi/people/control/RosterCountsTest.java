package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RosterCountsTest {

  @Test
  void totalAddsAllThreeCounts() {
    assertEquals(10, new RosterCounts(3, 5, 2).total());
  }

  @Test
  void nothingDoneTotalsZero() {
    assertEquals(0, new RosterCounts(0, 0, 0).total());
  }

  @Test
  void negativeCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RosterCounts(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RosterCounts(0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> new RosterCounts(0, 0, -1));
  }
}
