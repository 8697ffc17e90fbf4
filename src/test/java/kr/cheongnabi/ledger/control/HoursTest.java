package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HoursTest {

  @Test
  void minutesShowAsHoursWithOneDecimal() {
    assertEquals("3.5", Hours.of(210));
    assertEquals("5.0", Hours.of(300));
    assertEquals("0.0", Hours.of(0));
    assertEquals("0.8", Hours.of(45));
    assertEquals("-0.5", Hours.of(-30));
  }
}
