package kr.cheongnabi.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import kr.cheongnabi.testing.ClientTest;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;

/**
 * An employee's uploaded certificate is always a download: a PDF may carry a script that opens with
 * it, which must never run at the application's address.
 */
class EvidenceFileIT extends ClientTest {

  /** A PDF whose /OpenAction is a script, as a hostile upload would be. */
  private static final byte[] SCRIPTED_PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R"
              + " /OpenAction << /S /JavaScript /JS (app.alert\\(document.cookie\\)) >> >> endobj\n"
              + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n"
              + "%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @Test
  void evidenceFileIsServedAsAttachment() throws Exception {
    var unit = data.unit(TestData.unique("U"), "감사담당관", "Audit Office");
    var employee = data.employee(TestData.unique("E"), "문증빙", unit);
    var owner = account("cert", employee);
    var claim = claim(employee, "수료증 \"최종\".pdf");

    var file =
        signedIn(owner, "ko")
            .send(
                HttpRequest.newBuilder(address("evidence/certificate?claim=" + claim)).build(),
                BodyHandlers.ofByteArray());

    assertEquals(200, file.statusCode());
    assertEquals(
        "attachment; filename=\"___ ____.pdf\";"
            + " filename*=UTF-8''%EC%88%98%EB%A3%8C%EC%A6%9D%20%22%EC%B5%9C%EC%A2%85%22.pdf",
        file.headers().firstValue("Content-Disposition").orElse(""),
        "a download, its name encoded as RFC 6266 says");
    var type = file.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/pdf"), type);
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertArrayEquals(SCRIPTED_PDF, file.body());
  }

  private long claim(long employee, String fileName) {
    var title = TestData.unique("외부 청렴교육 ");
    data.execute(
        ("INSERT INTO evidence_claim (employee_id, title, provider, taken_on, training_year,"
                + " minutes, state, submitted_at, certificate_name, certificate_type,"
                + " certificate_size) VALUES (%d, '%s', '국민권익위원회', '2026-01-05', 2026, 60,"
                + " 'SUBMITTED', NOW(3), '%s', 'application/pdf', %d)")
            .formatted(employee, title, fileName, SCRIPTED_PDF.length));
    var claim = data.count("SELECT id FROM evidence_claim WHERE title = '" + title + "'");
    data.execute(
        "INSERT INTO evidence_certificate (claim_id, content) VALUES (%d, X'%s')"
            .formatted(claim, HexFormat.of().formatHex(SCRIPTED_PDF)));
    return claim;
  }
}
