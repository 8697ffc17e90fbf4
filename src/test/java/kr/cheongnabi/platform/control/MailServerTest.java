package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import kr.cheongnabi.platform.control.MailServer.Security;
import org.junit.jupiter.api.Test;

class MailServerTest {

  @Test
  void starttlsIsRequiredNotMerelyTriedAndTheSubmissionPortIsTheDefault() {
    var props =
        MailServer.properties("smtp.example.go.kr", Optional.empty(), Security.STARTTLS, true);

    assertEquals("smtp", props.getProperty("mail.transport.protocol"));
    assertEquals("587", props.getProperty("mail.smtp.port"));
    assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
    assertEquals("true", props.getProperty("mail.smtp.auth"));
    assertEquals("true", props.getProperty("mail.smtp.ssl.checkserveridentity"));
  }

  @Test
  void sslUsesSmtpsOnItsOwnPortUnlessOneIsGiven() {
    assertEquals(
        "465",
        MailServer.properties("m", Optional.empty(), Security.SSL, false)
            .getProperty("mail.smtps.port"));
    var props = MailServer.properties("m", Optional.of(2465), Security.SSL, false);

    assertEquals("smtps", props.getProperty("mail.transport.protocol"));
    assertEquals("2465", props.getProperty("mail.smtps.port"));
    assertEquals("false", props.getProperty("mail.smtps.auth"));
  }

  @Test
  void aPlainRelayHasNoTlsButStillShortTimeouts() {
    var props = MailServer.properties("relay", Optional.of(2525), Security.NONE, false);

    assertNull(props.getProperty("mail.smtp.starttls.enable"));
    assertEquals("10000", props.getProperty("mail.smtp.connectiontimeout"));
    assertEquals("20000", props.getProperty("mail.smtp.timeout"));
  }
}
