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

  /**
   * The code of session 7 in the minute from noon, worked out apart from this class: the first six
   * bytes of HMAC-SHA256 over the session and the minute since the epoch (29,934,900), each modulo
   * 32 in the alphabet. Every instance and every later version must show the room this code.
   */
  private static final String AT_NOON = "LYFWTS";

  @Test
  void isTheKnownCodeOfTheSessionAndMinute() {
    assertEquals(AT_NOON, CheckInCode.at(SECRET, 7, NOON));
    assertEquals(AT_NOON, CheckInCode.at(SECRET, 7, NOON.plusSeconds(59)));
    assertEquals("K9QXM7", CheckInCode.at(SECRET, 7, NOON.plusSeconds(60)));
    assertEquals("TF43T7", CheckInCode.at(SECRET, 8, NOON));
  }

  @Test
  void isSixCharactersWithoutLettersPeopleMisread() {
    for (int minute = 0; minute < 200; minute++) {
      var code = CheckInCode.at(SECRET, 7, NOON.plus(Duration.ofMinutes(minute)));
      assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);
    }
  }

  @Test
  void isTakenInItsWindowAndTheNextButNotLater() {
    assertTrue(CheckInCode.accepts(SECRET, 7, AT_NOON, NOON.plusSeconds(59)));
    assertTrue(CheckInCode.accepts(SECRET, 7, AT_NOON, NOON.plusSeconds(119)));
    assertFalse(CheckInCode.accepts(SECRET, 7, AT_NOON, NOON.plusSeconds(120)));
    assertFalse(CheckInCode.accepts(SECRET, 7, AT_NOON, NOON.minusSeconds(1)));
    assertFalse(CheckInCode.accepts(SECRET, 8, AT_NOON, NOON), "another session's code");
  }

  @Test
  void isTheSameOnEveryInstanceAndDiffersBetweenSessions() {
    assertEquals(CheckInCode.at(SECRET, 7, NOON), CheckInCode.at(SECRET.clone(), 7, NOON));
    assertNotEquals(CheckInCode.at(SECRET, 7, NOON), CheckInCode.at(SECRET, 8, NOON));
  }

  @Test
  void toleratesLowerCaseSpacesAndDashes() {
    assertTrue(CheckInCode.accepts(SECRET, 7, " lyf-WTS ", NOON));
  }
}
