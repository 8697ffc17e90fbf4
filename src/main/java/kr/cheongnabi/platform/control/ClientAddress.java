package kr.cheongnabi.platform.control;

import java.util.Arrays;
import java.util.Set;

/**
 * The address a request really came from. Behind the load balancer the connection comes from the
 * balancer, which names the client in X-Forwarded-For; that header is believed only when the
 * connection comes from a proxy listed in TRUSTED_PROXIES, since anyone else can write it.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /**
   * @param remoteAddress the address of the connection
   * @param forwardedFor the X-Forwarded-For header, or null
   * @param trustedProxies addresses of the load balancers
   */
  public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    // The last entry is the one the trusted proxy added; earlier ones the client may have made up.
    var entries = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
    for (int i = entries.size() - 1; i >= 0; i--) {
      var entry = entries.get(i);
      if (!entry.isEmpty() && !trustedProxies.contains(entry)) {
        return entry;
      }
    }
    return remoteAddress;
  }
}
