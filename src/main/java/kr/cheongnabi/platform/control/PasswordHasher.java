package kr.cheongnabi.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Optional;

/**
 * PBKDF2-HMAC-SHA256 at 310,000 iterations (OWASP's figure; the Jakarta default of 2,048 is far too
 * weak). The iteration count is stored in each hash, so it can be raised later without invalidating
 * existing passwords.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 310_000;
  public static final int MINIMUM_LENGTH = 10;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String dummyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate("no account has this password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * Verifies the password against the stored hash, or, when there is none (no such account),
   * against a hash made at start-up with the current parameters, which never matches: either way
   * one verification of the same cost, so the time of the answer does not tell whether the account
   * exists.
   */
  public boolean matches(String password, Optional<String> storedHash) {
    var verified = pbkdf2.verify(password.toCharArray(), storedHash.orElse(dummyHash));
    return verified && storedHash.isPresent();
  }
}
