package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PledgeLinkTest {

  private static final String SECRET = "a-test-secret-of-at-least-32-characters";
  private static final Instant NOW = Instant.parse("2026-12-07T00:00:00Z");
  private static final Instant EXPIRES = NOW.plusSeconds(3600);

  @Test
  void aSignedTokenNamesItsRecipientUntilItExpires() {
    var token = PledgeLink.sign(SECRET, 42, EXPIRES);

    assertEquals(OptionalLong.of(42), PledgeLink.verify(SECRET, token, NOW));
    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET, token, EXPIRES));
  }

  @Test
  void aTokenChangedOrSignedWithAnotherSecretIsRefused() {
    var token = PledgeLink.sign(SECRET, 42, EXPIRES);
    var otherRecipient = "43" + token.substring(2);
    var longer =
        token.replace(
            "." + EXPIRES.getEpochSecond() + ".", "." + (EXPIRES.getEpochSecond() + 86400) + ".");

    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET, otherRecipient, NOW));
    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET, longer, NOW));
    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET + "x", token, NOW));
    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET, "42.1.x.y", NOW));
    assertEquals(OptionalLong.empty(), PledgeLink.verify(SECRET, null, NOW));
  }

  @Test
  void aShortSecretIsNoSecret() {
    assertThrows(IllegalStateException.class, () -> PledgeLink.sign("short", 1, EXPIRES));
  }
}
