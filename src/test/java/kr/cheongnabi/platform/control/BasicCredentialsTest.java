package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

  @Test
  void theHeaderGivesTheUsernameAndAPasswordThatMayHoldColons() {
    var credential = BasicCredentials.from(basic("admin:pass:word 청렴")).orElseThrow();
    assertEquals("admin", credential.getCaller());
    assertEquals("pass:word 청렴", credential.getPasswordAsString());
    assertEquals(
        "admin", BasicCredentials.from("basic " + encode("admin:x")).orElseThrow().getCaller());
  }

  @Test
  void otherSchemesAndBrokenHeadersGiveNothing() {
    assertTrue(BasicCredentials.from(null).isEmpty());
    assertTrue(BasicCredentials.from("Bearer abc").isEmpty());
    assertTrue(BasicCredentials.from("Basic ").isEmpty());
    assertTrue(BasicCredentials.from("Basic not-base64!").isEmpty());
    assertTrue(BasicCredentials.from(basic("no-colon")).isEmpty());
    assertTrue(BasicCredentials.from(basic(":no-user")).isEmpty());
  }

  private static String basic(String pair) {
    return "Basic " + encode(pair);
  }

  private static String encode(String pair) {
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
