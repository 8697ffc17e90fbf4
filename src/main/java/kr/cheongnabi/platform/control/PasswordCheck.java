package kr.cheongnabi.platform.control;

import java.util.Optional;

/**
 * A password verified against the hash stored for a username (or, for an unknown username, against
 * a stand-in of the same cost): exactly one verification on every path, so an unknown username, a
 * locked account and a wrong password answer in the same time (OWASP ASVS 2.2.1).
 *
 * @param verifiedHash the stored hash the password was verified against; none for an unknown
 *     username
 */
public record PasswordCheck(
    String username, String password, Optional<String> verifiedHash, boolean matches) {

  /** Verifies the password against the hash stored for the username, holding no connection. */
  static PasswordCheck of(
      String username, String password, Accounts accounts, PasswordHasher hasher) {
    var stored = accounts.passwordHashOf(username);
    return new PasswordCheck(username, password, stored, hasher.matches(password, stored));
  }

  @Override
  public String toString() {
    return "PasswordCheck[" + username + ", matches=" + matches + "]";
  }
}
