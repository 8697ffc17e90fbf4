package kr.cheongnabi.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AxeViolationTest {

  @Test
  void seriousAndCriticalViolationsFailTheBuild() {
    assertTrue(violation("serious", 1).blocking());
    assertTrue(violation("critical", 1).blocking());
  }

  @Test
  void moderateAndMinorOnesDoNot() {
    assertFalse(violation("moderate", 1).blocking());
    assertFalse(violation("minor", 1).blocking());
    assertFalse(violation("null", 1).blocking());
  }

  @Test
  void namesThePageTheRuleAndTheFirstThreeNodes() {
    assertEquals(
        "/hr/assignments.xhtml: label (critical, Form elements must have labels)"
            + " at #row0, #row1, #row2 and 2 more",
        violation("critical", 5).describe("/hr/assignments.xhtml"));
    assertEquals(
        "/login.xhtml: label (critical, Form elements must have labels) at #row0",
        violation("critical", 1).describe("/login.xhtml"));
  }

  @Test
  void readsWhatThePageScriptReturns() {
    var read =
        AxeViolation.of(
            Map.of(
                "rule", "color-contrast",
                "impact", "serious",
                "help", "Elements must meet minimum color contrast ratio thresholds",
                "nodes", List.of(".ui-button")));
    assertEquals("color-contrast", read.rule());
    assertTrue(read.blocking());
    assertEquals(List.of(".ui-button"), read.nodes());
  }

  private static AxeViolation violation(String impact, int nodes) {
    var selectors = java.util.stream.IntStream.range(0, nodes).mapToObj(i -> "#row" + i).toList();
    return new AxeViolation("label", impact, "Form elements must have labels", selectors);
  }
}
