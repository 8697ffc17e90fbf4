package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void aShareIsShownInWholePercentRoundedToTheNearest() {
    assertEquals(33, new Share(1, 3).percent());
    assertEquals(67, new Share(2, 3).percent());
    assertEquals(50, new Share(1, 2).percent());
    assertEquals(13, new Share(1, 8).percent(), "12.5% rounds half up");
    assertEquals(0, new Share(0, 7).percent());
    assertEquals(100, new Share(7, 7).percent());
  }

  @Test
  void aFewWrongAnswersNeverShowAsNobodyAndAlmostAllNeverAsEverybody() {
    assertEquals(1, new Share(1, 300).percent());
    assertEquals(99, new Share(299, 300).percent());
  }

  @Test
  void nothingCountedYetIsNoShareRatherThanZeroPercent() {
    var nothing = new Share(0, 0);
    assertTrue(nothing.isEmpty());
    assertFalse(new Share(0, 1).isEmpty());
    assertThrows(IllegalStateException.class, nothing::percent);
  }

  @Test
  void largerSharesComeFirstComparedExactlyAndEmptyOnesLast() {
    var sorted =
        Stream.of(
                new Share(0, 0),
                new Share(1, 3),
                new Share(0, 5),
                new Share(2, 3),
                new Share(333, 1000),
                new Share(3, 3))
            .sorted(Share.LARGEST_FIRST)
            .toList();
    assertEquals(
        List.of(
            new Share(3, 3),
            new Share(2, 3),
            new Share(1, 3),
            new Share(333, 1000),
            new Share(0, 5),
            new Share(0, 0)),
        sorted);
  }

  @Test
  void impossibleSharesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Share(4, 3));
    assertThrows(IllegalArgumentException.class, () -> new Share(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> new Share(0, -1));
  }
}
