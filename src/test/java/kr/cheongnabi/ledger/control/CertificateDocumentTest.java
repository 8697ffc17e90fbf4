package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateDocumentTest {

  private static CertificateContent content(boolean korean) {
    return new CertificateContent(
        new VerificationCode("7K3MQ9XA2B4D"),
        "https://cheongnabi.example.kr/certificate.xhtml?code=7K3MQ9XA2B4D",
        "김청렴",
        "E-2026-001",
        "감사담당관",
        2026,
        435,
        75,
        360,
        0,
        300,
        LocalDate.of(2026, 12, 2),
        korean);
  }

  @Test
  void aKoreanCertificateCarriesTheKoreanTextHoursAndCodeAsText() throws Exception {
    var pdf = CertificateDocument.render(content(true));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/certificate-ko.pdf"), pdf);
    try (var document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      var text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("청렴교육 이수증"), text);
      assertTrue(text.contains("김청렴"), text);
      assertTrue(text.contains("7시간 15분 (목표 5시간)"), text);
      assertTrue(text.contains("온라인 1시간 15분 · 집합 6시간 · 외부 0시간"), text);
      assertTrue(text.contains("7K3M-Q9XA-2B4D"), text);
      assertTrue(text.contains("2026년 12월 2일"), text);
    }
  }

  @Test
  void anEnglishCertificateSaysTheSameInEnglish() throws Exception {
    var pdf = CertificateDocument.render(content(false));
    try (var document = Loader.loadPDF(pdf)) {
      var text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Certificate of Integrity Training"), text);
      assertTrue(text.contains("completed 7 h 15 min"), text);
      assertTrue(text.contains("online 1 h 15 min · in person 6 h · external 0 h"), text);
      assertTrue(text.contains("target 5 h"), text);
    }
  }
}
