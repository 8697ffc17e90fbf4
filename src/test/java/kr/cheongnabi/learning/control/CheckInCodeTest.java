package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

  private static final byte[] SECRET = "a secret of thirty-two bytes....".getBytes();
  private static final Instant NOON = Instant.parse("2026-12-01T03:00:00Z");

  @Test
  void isSixCharactersWithoutLettersPeopleMisread() {
    for (int minute = 0; minute < 200; minute++) {
      var code = CheckInCode.at(SECRET, 7, NOON.plus(Duration.ofMinutes(minute)));
      assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
    }
  }

  @Test
  void isTakenInItsWindowAndTheNextButNotLater() {
    var code = CheckInCode.at(SECRET, 7, NOON);
    assertTrue(CheckInCode.accepts(SECRET, 7, code, NOON.plusSeconds(59)));
    assertTrue(CheckInCode.accepts(SECRET, 7, code, NOON.plusSeconds(119)));
    assertFalse(CheckInCode.accepts(SECRET, 7, code, NOON.plusSeconds(120)));
    assertFalse(CheckInCode.accepts(SECRET, 7, code, NOON.minusSeconds(1)));
  }

  @Test
  void isTheSameOnEveryInstanceAndDiffersBetweenSessions() {
    assertEquals(CheckInCode.at(SECRET, 7, NOON), CheckInCode.at(SECRET.clone(), 7, NOON));
    assertNotEquals(CheckInCode.at(SECRET, 7, NOON), CheckInCode.at(SECRET, 8, NOON));
  }

  @Test
  void toleratesLowerCaseSpacesAndDashes() {
    var code = CheckInCode.at(SECRET, 7, NOON);
    var typed = " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3) + " ";
    assertTrue(CheckInCode.accepts(SECRET, 7, typed, NOON));
  }
}
