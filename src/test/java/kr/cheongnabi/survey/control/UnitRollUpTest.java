package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitRollUpTest {

  // 1 city ← 2 bureau ← 3 team, 4 team; 1 ← 5 office
  private static final Map<Long, Long> PARENTS = new HashMap<>();

  static {
    PARENTS.put(1L, null);
    PARENTS.put(2L, 1L);
    PARENTS.put(3L, 2L);
    PARENTS.put(4L, 2L);
    PARENTS.put(5L, 1L);
  }

  @Test
  void aUnitWithFewerThanFiveAnswersCountsAsItsParentAndUpUntilFiveAreReached() {
    var counts = Map.of(3L, 7L, 4L, 2L, 5L, 1L, 2L, 1L);
    var targets = UnitRollUp.targets(PARENTS, counts);
    assertEquals(3L, targets.get(3L));
    // team 4 (2) → bureau 2 (1 + 2 = 3 < 5) → city 1, with office 5 (1): city holds 4
    assertEquals(1L, targets.get(4L));
    assertEquals(1L, targets.get(2L));
    assertEquals(1L, targets.get(5L));
    assertEquals(Map.of(3L, 7L, 1L, 4L), UnitRollUp.held(targets, counts));
  }

  @Test
  void unitsWithFiveOrMoreStayAsTheyAre() {
    var counts = Map.of(3L, 5L, 4L, 6L);
    assertEquals(Map.of(3L, 3L, 4L, 4L), UnitRollUp.targets(PARENTS, counts));
  }

  @Test
  void aParentAndItsTeamOfThreeEachShowTheParentWithSixWhateverTheOrder() {
    // The deepest unit moves first: team 3 (3) joins bureau 2 (3), which then holds 6 and stays.
    var counts = new LinkedHashMap<Long, Long>();
    counts.put(2L, 3L);
    counts.put(3L, 3L);
    var targets = UnitRollUp.targets(PARENTS, counts);
    assertEquals(Map.of(2L, 2L, 3L, 2L), targets);
    assertEquals(Map.of(2L, 6L), UnitRollUp.held(targets, counts));

    var reversed = new LinkedHashMap<Long, Long>();
    reversed.put(3L, 3L);
    reversed.put(2L, 3L);
    assertEquals(targets, UnitRollUp.targets(PARENTS, reversed));
  }
}
