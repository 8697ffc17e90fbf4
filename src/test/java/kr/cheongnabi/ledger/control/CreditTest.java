package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.platform.control.BusinessException;
import org.junit.jupiter.api.Test;

class CreditTest {

  private static final Instant AT = Instant.parse("2025-06-01T01:00:00Z");

  @Test
  void eachKindComesFromItsOwnTypeOfSource() {
    assertEquals("quiz-credit:5", Credit.quiz(1, 2025, 30, 5, AT).source().toString());
    assertEquals("module:7", Credit.module(1, 2025, 60, 7, AT).source().toString());
    assertEquals("session:12", Credit.session(1, 2025, 120, 12, AT).source().toString());
    assertEquals("external:3", Credit.external(1, 2025, 240, 3, AT).source().toString());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Credit(1, 2025, 30, EntryKind.QUIZ, SourceKey.parse("module:7"), AT, null));
  }

  @Test
  void aCreditIsPositiveAndCarriesNoReason() {
    assertThrows(IllegalArgumentException.class, () -> Credit.quiz(1, 2025, 0, 5, AT));
    assertThrows(IllegalArgumentException.class, () -> Credit.module(1, 2025, -30, 7, AT));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Credit(1, 2025, 30, EntryKind.QUIZ, SourceKey.parse("quiz-credit:5"), AT, "x"));
  }

  @Test
  void aCorrectionAddsOrSubtractsAndNeedsAReason() {
    var correction = Credit.correction(1, 2025, -30, "  중복 인정  ", UUID.randomUUID(), AT);
    assertEquals("중복 인정", correction.reason());
    assertEquals(-30, correction.minutes());
    assertEquals(
        "ledger.reasonRequired",
        assertThrows(
                BusinessException.class,
                () -> Credit.correction(1, 2025, 30, " ", UUID.randomUUID(), AT))
            .getMessageKey());
    assertEquals(
        "ledger.correctionMinutes",
        assertThrows(
                BusinessException.class,
                () -> Credit.correction(1, 2025, 0, "none", UUID.randomUUID(), AT))
            .getMessageKey());
    assertEquals(
        "ledger.reasonTooLong",
        assertThrows(
                BusinessException.class,
                () -> Credit.correction(1, 2025, 5, "x".repeat(1001), UUID.randomUUID(), AT))
            .getMessageKey());
  }

  @Test
  void theTrainingYearIsTheCalendarYearInKorea() {
    assertEquals(2025, Credit.trainingYearOf(Instant.parse("2024-12-31T15:30:00Z")));
    assertEquals(2024, Credit.trainingYearOf(Instant.parse("2024-12-31T14:59:59Z")));
  }
}
