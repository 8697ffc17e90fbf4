package kr.cheongnabi.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

  private static final Map<String, String> OPTIONS =
      Map.ofEntries(
          Map.entry("load.levels", "250,500"),
          Map.entry("load.window", "150s"),
          Map.entry("load.settle", "20s"),
          Map.entry("load.warmUp", "30s"),
          Map.entry("load.signInRate", "10"),
          Map.entry("load.think", "5s-10s"),
          Map.entry("load.starts", "1000"),
          Map.entry("load.startsWithin", "10s"),
          Map.entry("load.signIns", "200"),
          Map.entry("load.signInsWithin", "10s"),
          Map.entry("load.rawWindow", "1m"));

  private final LoadPlan plan = LoadPlan.from(OPTIONS::get);

  @Test
  void aLevelSignsInOnlyItsNewcomersThenSettlesThenMeasures() {
    var first = plan.levels().get(0);
    var second = plan.levels().get(1);
    assertEquals(250, first.newcomers());
    assertEquals(25_000, first.rampEnd()); // 250 people at 10 a second
    assertEquals(75_000, first.windowStart()); // settled and warmed up
    assertEquals(225_000, first.windowEnd());
    assertEquals(250, second.newcomers());
    assertEquals(225_000, second.rampStart());
    assertEquals(270_000, second.windowStart()); // settled only
    assertEquals(420_000, plan.takingEnds());
  }

  @Test
  void requestsAreNamedAfterTheWindowTheyAreSentIn() {
    assertEquals("[250 takers]", plan.tag(75_000));
    assertEquals("[500 takers]", plan.tag(419_999));
    assertEquals(LoadPlan.UNMEASURED, plan.tag(74_999));
    assertEquals(LoadPlan.UNMEASURED, plan.tag(230_000));
    assertTrue(plan.taking(419_999));
    assertFalse(plan.taking(420_000));
  }

  @Test
  void peopleBeyondTheLargestLevelSignInOnlyForTheStartBurst() {
    assertEquals(500, plan.lateComers());
    assertEquals(1000, plan.accounts());
    assertEquals(420_000, plan.lateRampStart());
    assertEquals(470_000, plan.lateRampEnd());
    assertEquals(490_000, plan.startAt(1)); // after settling
    assertEquals(499_990, plan.startAt(1000)); // all within 10 s
  }

  @Test
  void theSignInBurstMayNeedMoreAccountsThanTheLevels() {
    var small = new java.util.HashMap<>(OPTIONS);
    small.put("load.levels", "20,40");
    small.put("load.starts", "30");
    var plan = LoadPlan.from(small::get);
    assertEquals(0, plan.lateComers());
    assertEquals(200, plan.accounts());
  }

  @Test
  void aRampLastsAtLeastASecond() {
    var few = new java.util.HashMap<>(OPTIONS);
    few.put("load.levels", "2,4");
    few.put("load.starts", "5");
    var plan = LoadPlan.from(few::get);
    assertEquals(1000, plan.levels().get(1).rampEnd() - plan.levels().get(1).rampStart());
    assertEquals(1000, plan.lateRampEnd() - plan.lateRampStart());
  }

  @Test
  void durationsAndRangesAreReadWithTheirUnits() {
    assertEquals(Duration.ofMillis(500), LoadPlan.duration("500ms"));
    assertEquals(Duration.ofSeconds(150), LoadPlan.duration("150s"));
    assertEquals(Duration.ofMinutes(3), LoadPlan.duration("3m"));
    assertEquals(Duration.ofSeconds(5), plan.think().min());
    assertEquals(Duration.ofSeconds(10), plan.think().max());
    assertThrows(IllegalArgumentException.class, () -> LoadPlan.duration("150"));
  }

  @Test
  void levelsMustGrow() {
    var shrinking = new java.util.HashMap<>(OPTIONS);
    shrinking.put("load.levels", "500,250");
    assertThrows(IllegalArgumentException.class, () -> LoadPlan.from(shrinking::get));
  }
}
