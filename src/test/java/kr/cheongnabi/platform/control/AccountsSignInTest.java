package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.cheongnabi.platform.entity.Account;
import kr.cheongnabi.platform.entity.SecurityEvent.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in decision, without a database: whatever the outcome, the password is verified exactly
 * once, at the cost of the current hashing parameters, so an unknown or locked account answers in
 * the time a wrong password takes.
 */
class AccountsSignInTest {

  private static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");
  private static final String PASSWORD = "integrity-2026";

  private final CountingPbkdf2 pbkdf2 = new CountingPbkdf2();
  private final PasswordHasher hasher = new PasswordHasher();

  @BeforeEach
  void hasher() {
    hasher.pbkdf2 = pbkdf2;
    hasher.configure();
  }

  @Test
  void unknownUsernameCostsOneVerificationAtTheCurrentCost() {
    assertEquals(Kind.UNKNOWN_USER, signIn(Optional.empty(), PASSWORD));
    assertEquals(List.of(PasswordHasher.ITERATIONS), pbkdf2.verifications);
  }

  @Test
  void lockedAccountCostsOneVerificationAtTheCurrentCost() {
    var account = locked();

    assertEquals(Kind.REFUSED_WHILE_LOCKED, signIn(Optional.of(account), "wrong-one"));
    assertEquals(List.of(PasswordHasher.ITERATIONS), pbkdf2.verifications);
  }

  @Test
  void lockedAccountIsRefusedEvenWithItsRightPassword() {
    var account = locked();

    assertEquals(Kind.REFUSED_WHILE_LOCKED, signIn(Optional.of(account), PASSWORD));
    assertEquals(List.of(PasswordHasher.ITERATIONS), pbkdf2.verifications);
  }

  @Test
  void wrongPasswordCostsOneVerificationAndCountsAFailure() {
    var account = account();

    assertEquals(Kind.WRONG_PASSWORD, signIn(Optional.of(account), "wrong-one"));
    assertEquals(List.of(PasswordHasher.ITERATIONS), pbkdf2.verifications);
    assertEquals(1, account.getFailedAttempts());
  }

  @Test
  void rightPasswordCostsOneVerificationAndSignsIn() {
    var account = account();

    assertEquals(Kind.SIGNED_IN, signIn(Optional.of(account), PASSWORD));
    assertEquals(List.of(PasswordHasher.ITERATIONS), pbkdf2.verifications);
  }

  @Test
  void theStandInHashOfAnUnknownUsernameMatchesNoPassword() {
    var standIn = pbkdf2.generated.get(0);
    var itsPassword = standIn.substring(standIn.indexOf(':') + 1);

    assertFalse(hasher.matches(itsPassword, Optional.empty()));
  }

  /** The password checked as the identity store checks it, then the sign-in decided. */
  private Kind signIn(Optional<Account> found, String password) {
    var stored =
        new Accounts() {
          @Override
          public Optional<String> passwordHashOf(String username) {
            return found.map(Account::getPasswordHash);
          }
        };
    var check = PasswordCheck.of("kim.minjun", password, stored, hasher);
    return Accounts.decide(found, check.matches(), NOW);
  }

  private Account account() {
    var account = new Account("kim.minjun", hasher.hash(PASSWORD), 7L, Set.of());
    pbkdf2.verifications.clear();
    return account;
  }

  private Account locked() {
    var account = account();
    for (int failure = 0; failure < Accounts.MAX_FAILED_ATTEMPTS; failure++) {
      account.recordFailure(
          NOW.minusSeconds(60), Accounts.MAX_FAILED_ATTEMPTS, Accounts.LOCK_DURATION);
    }
    return account;
  }

  /**
   * A hash whose cost is readable: "iterations:password". It notes the iteration count of every
   * hash verified, which is what a verification costs.
   */
  static final class CountingPbkdf2 implements Pbkdf2PasswordHash {

    final List<Integer> verifications = new ArrayList<>();
    final List<String> generated = new ArrayList<>();
    private int iterations;

    @Override
    public void initialize(Map<String, String> parameters) {
      iterations = Integer.parseInt(parameters.get("Pbkdf2PasswordHash.Iterations"));
    }

    @Override
    public String generate(char[] password) {
      var hash = iterations + ":" + new String(password);
      generated.add(hash);
      return hash;
    }

    @Override
    public boolean verify(char[] password, String hash) {
      verifications.add(Integer.parseInt(hash.substring(0, hash.indexOf(':'))));
      return hash.substring(hash.indexOf(':') + 1).equals(new String(password));
    }
  }
}
