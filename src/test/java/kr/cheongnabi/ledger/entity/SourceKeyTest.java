package kr.cheongnabi.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceKeyTest {

  @Test
  void aKeyIsItsTypeAndIdAndReadsBackTheSame() {
    var key = SourceKey.of(EntryKind.IN_PERSON, 12);
    assertEquals("session:12", key.toString());
    assertEquals(key, SourceKey.parse("session:12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "session", ":12", "session:", "Session:12", "session:1 2", "세션:1"})
  void anythingElseIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> SourceKey.parse(text));
  }
}
