package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import kr.cheongnabi.campaign.control.ExternalRecipientsCsv.Problem;
import kr.cheongnabi.campaign.entity.RecipientKind;
import org.junit.jupiter.api.Test;

class ExternalRecipientsCsvTest {

  @Test
  void readsKoreanHeadersInCp949WithTheConsentOfEachRecipient() {
    var text =
        "이름,이메일,구분,동의일시,동의방법\n"
            + "한건설,kim@build.example.kr,계약업체,2026-03-02 14:30,계약 체결 시 서면 동의\n"
            + "Park Parent,park@home.example.com,PARENT,2026-03-05,학교 앱 수신 동의\n";

    var result = ExternalRecipientsCsv.read(text.getBytes(Charset.forName("x-windows-949")));

    assertTrue(result.isValid(), () -> "problems: " + result.problems());
    var first = result.recipients().get(0);
    assertEquals("한건설", first.name());
    assertEquals(RecipientKind.CONTRACTOR, first.kind());
    assertEquals(LocalDateTime.of(2026, 3, 2, 14, 30), first.consentAt());
    assertEquals("계약 체결 시 서면 동의", first.consentHow());
    assertEquals("ko", first.language());
    assertEquals(RecipientKind.PARENT, result.recipients().get(1).kind());
  }

  @Test
  void rowsWithoutConsentAreRefusedByLineAndNobodyIsTaken() {
    var text =
        "\uFEFFname,email,kind,consent_at,consent_how,language\n"
            + "A,a@x.example.kr,CONTRACTOR,2026-03-02,form,en\n"
            + "B,b@x.example.kr,CONTRACTOR,,form,ko\n"
            + "C,c@x.example.kr,PARENT,2026-03-02,,ko\n"
            + "D,not-an-address,SUPPLIER,2026-13-02,form,fr\n";

    var result = ExternalRecipientsCsv.read(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(
        List.of(
            new Problem(3, "consent_at", "external.noConsent", null),
            new Problem(4, "consent_how", "external.noConsent", null),
            new Problem(5, "email", "external.email", "not-an-address"),
            new Problem(5, "kind", "external.kind", "SUPPLIER"),
            new Problem(5, "language", "external.language", "fr"),
            new Problem(5, "consent_at", "external.consentAt", "2026-13-02")),
        result.problems());
    assertEquals(List.of(), result.recipients());
  }

  @Test
  void aFileWithoutTheConsentColumnsIsRefusedAtItsHeader() {
    var result =
        ExternalRecipientsCsv.read(
            "name,email,kind\nA,a@x.kr,OTHER\n".getBytes(StandardCharsets.UTF_8));

    assertEquals(
        List.of(
            new Problem(1, "consent_at", "external.missingColumn", "동의일시"),
            new Problem(1, "consent_how", "external.missingColumn", "동의방법")),
        result.problems());
  }
}
