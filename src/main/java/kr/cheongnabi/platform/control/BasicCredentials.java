package kr.cheongnabi.platform.control;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The username and password of an {@code Authorization: Basic ...} header (RFC 7617, UTF-8). */
final class BasicCredentials {

  private static final String SCHEME = "basic ";

  private BasicCredentials() {}

  static Optional<UsernamePasswordCredential> from(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    try {
      var pair =
          new String(
              Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
              StandardCharsets.UTF_8);
      var colon = pair.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
