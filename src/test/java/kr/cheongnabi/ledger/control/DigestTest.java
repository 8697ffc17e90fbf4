package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.cheongnabi.platform.control.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestTest {

  private static final String HASH = "0a".repeat(32);

  @Test
  void aDigestReadsBackAsItWasWritten() {
    var digest =
        new Digest(
            57,
            HASH,
            Instant.parse("2025-03-04T05:06:07.089Z"),
            Instant.parse("2025-03-05T00:00:00Z"));
    var json = digest.toJson();
    assertTrue(json.contains("\"ledger\": \"cheongnabi-hours-ledger\""), json);
    assertEquals(digest, Digest.parse(json));
  }

  @Test
  void theSequenceAndHashAreEnough() {
    var digest = Digest.parse("{\"sequence\": 0, \"hash\": \"" + "0".repeat(64) + "\"}");
    assertEquals(0, digest.sequence());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1, 2]",
        "{\"sequence\": 5}",
        "{\"sequence\": -1, \"hash\": \"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a\"}",
        "{\"sequence\": 1.5, \"hash\": \"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a\"}",
        "{\"sequence\": \"5\", \"hash\": \"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a\"}",
        "{\"sequence\": 5, \"hash\": \"0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A0A\"}",
        "{\"sequence\": 5, \"hash\": \"abc\"}",
        "{\"sequence\": 5, \"hash\": \"0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a\","
            + " \"takenAt\": \"yesterday\"}"
      })
  void anythingElseIsNoDigest(String text) {
    var refused = assertThrows(BusinessException.class, () -> Digest.parse(text));
    assertEquals("ledger.digestUnreadable", refused.getMessageKey());
  }
}
