package kr.cheongnabi.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import kr.cheongnabi.quiz.control.StatementOutcomes.Outcome;
import org.junit.jupiter.api.Test;

class StatementOutcomesTest {

  private static final Map<String, Boolean> CORRECT =
      Map.of("q-01", true, "q-02", false, "q-03", true, "q-04", false);

  @Test
  void eachDrawnStatementIsRightWrongOrUnansweredInKeyOrder() {
    var outcomes =
        StatementOutcomes.of(
            List.of("q-03", "q-01", "q-02"), Map.of("q-01", true, "q-03", false), CORRECT);

    assertEquals(
        List.of("q-01", "q-02", "q-03"), List.copyOf(outcomes.byKey().keySet()), "key order");
    assertEquals(Outcome.RIGHT, outcomes.byKey().get("q-01"));
    assertEquals(Outcome.UNANSWERED, outcomes.byKey().get("q-02"));
    assertEquals(Outcome.WRONG, outcomes.byKey().get("q-03"));
    assertEquals(1, outcomes.count(Outcome.RIGHT));
    assertEquals(List.of("q-01", "q-03"), outcomes.keys(Outcome.RIGHT, Outcome.WRONG));
  }

  @Test
  void statementsTheAttemptDidNotDrawAreNotCounted() {
    var outcomes = StatementOutcomes.of(List.of("q-02"), Map.of("q-02", false), CORRECT);
    assertEquals(Map.of("q-02", Outcome.RIGHT), outcomes.byKey());
  }

  @Test
  void aStatementTheVersionDoesNotHaveIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StatementOutcomes.of(List.of("q-09"), Map.of(), CORRECT));
  }
}
