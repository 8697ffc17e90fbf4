package kr.cheongnabi.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryContentTest {

  private static final EntryContent CORRECTION =
      new EntryContent(
          7,
          42,
          2025,
          -30,
          EntryKind.CORRECTION,
          SourceKey.correction(UUID.fromString("0f8e4a52-3f7b-4c1e-9a55-2b1f0f6f2d10")),
          Instant.parse("2025-03-04T05:06:07.089Z"),
          Instant.parse("2025-03-04T05:06:08.1Z"),
          "hr-kim",
          "교육 중복 인정",
          EntryContent.GENESIS);

  @Test
  void theCanonicalTextIsTheDocumentedOneWithLengthsInUtf8Bytes() {
    assertEquals(
        """
        cheongnabi-ledger-entry/1
        sequence 1 7
        employee 2 42
        year 4 2025
        minutes 3 -30
        kind 10 CORRECTION
        source 47 correction:0f8e4a52-3f7b-4c1e-9a55-2b1f0f6f2d10
        occurred 24 2025-03-04T05:06:07.089Z
        recorded 24 2025-03-04T05:06:08.100Z
        recorded-by 6 hr-kim
        reason 20 교육 중복 인정
        previous 64 0000000000000000000000000000000000000000000000000000000000000000
        """,
        CORRECTION.canonical());
  }

  @Test
  void theHashIsWhatAnyOtherSha256ToolComputesOverTheCanonicalText() {
    // printf '...' | sha256sum over the text above
    assertEquals(
        "012a49c88732a99f740a216104c7df6adb94998dddc304ada9f076af42831131", CORRECTION.hash());
  }

  @Test
  void anAbsentReasonIsNotAnEmptyOne() {
    var absent = credit(null);
    var empty = credit("");
    assertEquals(true, absent.canonical().contains("\nreason -\n"));
    assertEquals(true, empty.canonical().contains("\nreason 0 \n"));
    assertNotEquals(absent.hash(), empty.hash());
  }

  @Test
  void aReasonThatLooksLikeFurtherFieldsCannotForgeThem() {
    var plain = credit("x");
    var forged = credit("x\nprevious 64 " + "f".repeat(64));
    assertNotEquals(plain.hash(), forged.hash());
    assertEquals(true, forged.canonical().contains("reason 78 x\nprevious"));
  }

  @Test
  void timesAreKeptToTheMillisecondAsTheDatabaseStoresThem() {
    var content = credit(null);
    assertEquals(Instant.parse("2025-01-02T03:04:05.678Z"), content.occurredAt());
  }

  @Test
  void changingTheMinutesOrTheLinkChangesTheHash() {
    var base = credit(null);
    assertNotEquals(base.hash(), Forgery.of(base, 1, 31, base.previousHash()).hash());
    assertNotEquals(base.hash(), Forgery.of(base, 1, 30, "f".repeat(64)).hash());
    assertEquals(base.hash(), Forgery.of(base, 1, 30, base.previousHash()).hash());
  }

  private static EntryContent credit(String reason) {
    return new EntryContent(
        1,
        42,
        2025,
        30,
        EntryKind.QUIZ,
        new SourceKey("quiz-credit", "9"),
        Instant.parse("2025-01-02T03:04:05.678901Z"),
        Instant.parse("2025-01-02T03:04:06Z"),
        "system",
        reason,
        EntryContent.GENESIS);
  }
}
