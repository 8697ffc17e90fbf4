package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AttemptPlanTest {

  private static final List<String> BANK =
      IntStream.rangeClosed(1, 24).mapToObj(i -> "week-%02d".formatted(i)).toList();

  @Test
  void theSameSeedGivesTheSameStatementsInTheSameOrder() {
    assertEquals(AttemptPlan.of(BANK, 5, true, 42), AttemptPlan.of(BANK, 5, true, 42));
  }

  @Test
  void differentSeedsDrawDifferentStatements() {
    var draws = new HashSet<List<String>>();
    for (long seed = 0; seed < 20; seed++) {
      draws.add(AttemptPlan.of(BANK, 5, true, seed).statementIds());
    }
    assertTrue(draws.size() > 15, "20 seeds gave only " + draws.size() + " different draws");
  }

  @Test
  void aDrawTakesThatManyDistinctStatementsFromTheBank() {
    var plan = AttemptPlan.of(BANK, 5, true, 7);
    assertEquals(5, plan.size());
    assertTrue(BANK.containsAll(plan.statementIds()));
  }

  @Test
  void withoutShuffleDrawnStatementsKeepTheFileOrder() {
    var plan = AttemptPlan.of(BANK, 5, false, 7).statementIds();
    var positions = plan.stream().map(BANK::indexOf).toList();
    assertEquals(positions.stream().sorted().toList(), positions);
  }

  @Test
  void drawZeroTakesTheWholeBankAndWithoutShuffleInFileOrder() {
    assertEquals(BANK, AttemptPlan.of(BANK, 0, false, 3).statementIds());
  }

  @Test
  void shuffleWithoutDrawReordersTheWholeBank() {
    var plan = AttemptPlan.of(BANK, 0, true, 3).statementIds();
    assertEquals(new HashSet<>(BANK), new HashSet<>(plan));
    assertNotEquals(BANK, plan);
  }

  @Test
  void aDrawLargerThanTheBankIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> AttemptPlan.of(BANK, 25, true, 1));
  }

  @Test
  void aPlanCannotRepeatAStatement() {
    assertThrows(IllegalArgumentException.class, () -> new AttemptPlan(List.of("a", "a")));
  }
}
