package kr.cheongnabi.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

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

  /** Spends the same time as a real check, so that response times do not reveal usernames. */
  public void spendTimeOfOneCheck(String password) {
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }
}
