package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("10.0.0.5");

  @Test
  void withoutAProxyTheConnectionsAddressIsTheClient() {
    assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, BALANCER));
  }

  @Test
  void behindTheTrustedBalancerTheClientIsTheEntryItAdded() {
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "203.0.113.9", BALANCER));
  }

  @Test
  void anEntryMadeUpByTheClientIsIgnored() {
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.9", BALANCER));
  }

  @Test
  void theHeaderFromAnUntrustedConnectionIsIgnored() {
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "1.2.3.4", BALANCER));
  }

  @Test
  void withNoTrustedProxiesTheHeaderIsNeverBelieved() {
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.9", Set.of()));
  }
}
