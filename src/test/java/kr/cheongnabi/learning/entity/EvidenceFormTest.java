package kr.cheongnabi.learning.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceFormTest {

  @Test
  void hoursBecomeWholeMinutes() {
    assertEquals(90, form("1.5").minutes());
    assertEquals(15, form("0.25").minutes());
    assertEquals(2400, form("40").minutes());
  }

  @Test
  void aCertificateIsKnownByItsFirstBytesNotItsName() {
    var pdf =
        EvidenceFile.of("../../etc/수료증.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
    assertEquals(EvidenceFileType.PDF, pdf.type());
    assertEquals("수료증.pdf", pdf.fileName());
    var png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    assertEquals(EvidenceFileType.PNG, EvidenceFile.of("a.png", png).type());
    var html = "<html>%PDF-".getBytes(StandardCharsets.US_ASCII);
    var refused =
        assertThrows(IllegalArgumentException.class, () -> EvidenceFile.of("a.pdf", html));
    assertEquals("evidence.file.type", refused.getMessage());
  }

  @Test
  void aCertificateOverTenMebibytesIsRefused() {
    var big = new byte[EvidenceFile.MAX_BYTES + 1];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
    var refused = assertThrows(IllegalArgumentException.class, () -> EvidenceFile.of("a.pdf", big));
    assertEquals("evidence.file.tooLarge", refused.getMessage());
  }

  private static EvidenceForm form(String hours) {
    return new EvidenceForm("t", "p", LocalDate.of(2026, 5, 1), new BigDecimal(hours));
  }
}
