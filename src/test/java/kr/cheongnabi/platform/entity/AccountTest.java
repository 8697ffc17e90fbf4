package kr.cheongnabi.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Duration LOCK = Duration.ofMinutes(15);

  private static Account account() {
    return new Account("kim.minjun", "hash", 7L, Set.of());
  }

  @Test
  void firstFourFailuresDoNotLockTheAccount() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");

    for (int failure = 1; failure <= 4; failure++) {
      assertFalse(account.recordFailure(now, 5, LOCK), "failure " + failure);
    }

    assertFalse(account.isLockedAt(now));
    assertEquals(4, account.getFailedAttempts());
  }

  @Test
  void fifthFailureLocksTheAccount() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");
    for (int failure = 1; failure <= 4; failure++) {
      account.recordFailure(now, 5, LOCK);
    }

    assertTrue(account.recordFailure(now, 5, LOCK));
    assertTrue(account.isLockedAt(now));
    assertTrue(account.isLockedAt(now.plus(LOCK).minusMillis(1)));
  }

  @Test
  void lockEndsExactlyWhenTheLockDurationHasPassed() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");
    for (int failure = 1; failure <= 5; failure++) {
      account.recordFailure(now, 5, LOCK);
    }

    assertFalse(account.isLockedAt(now.plus(LOCK)));
    assertEquals(now.plus(LOCK), account.getLockedUntil());
  }

  @Test
  void failureCounterRestartsAfterTheLock() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");
    for (int failure = 1; failure <= 5; failure++) {
      account.recordFailure(now, 5, LOCK);
    }

    assertEquals(0, account.getFailedAttempts());
    var later = now.plus(LOCK);
    for (int failure = 1; failure <= 4; failure++) {
      assertFalse(account.recordFailure(later, 5, LOCK), "failure " + failure + " after the lock");
    }
    assertTrue(account.recordFailure(later, 5, LOCK));
  }

  @Test
  void successClearsFailuresAndLock() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");
    for (int failure = 1; failure <= 5; failure++) {
      account.recordFailure(now, 5, LOCK);
    }
    account.recordFailure(now, 5, LOCK);

    account.recordSuccess();

    assertEquals(0, account.getFailedAttempts());
    assertNull(account.getLockedUntil());
    assertFalse(account.isLockedAt(now));
  }

  @Test
  void successBeforeTheLimitStartsTheCountAgain() {
    var account = account();
    var now = Instant.parse("2025-03-04T09:00:00Z");
    for (int failure = 1; failure <= 4; failure++) {
      account.recordFailure(now, 5, LOCK);
    }

    account.recordSuccess();

    assertFalse(account.recordFailure(now, 5, LOCK));
    assertEquals(1, account.getFailedAttempts());
  }

  @Test
  void newAccountIsAlwaysAnEmployee() {
    var account = new Account("lee.seoyeon", "hash", null, Set.of(Role.HR));

    assertEquals(EnumSet.of(Role.EMPLOYEE, Role.HR), account.getRoles());
  }

  @Test
  void grantingRolesKeepsEmployee() {
    var account = new Account("park.jiho", "hash", 3L, Set.of(Role.HR));

    account.grant(Set.of(Role.ADMIN, Role.TRAINER));

    assertEquals(EnumSet.of(Role.EMPLOYEE, Role.ADMIN, Role.TRAINER), account.getRoles());
  }

  @Test
  void grantingNoRolesLeavesOnlyEmployee() {
    var account = new Account("choi.yuna", "hash", 3L, Set.of(Role.HR, Role.ADMIN));

    account.grant(Set.of());

    assertEquals(Set.of(Role.EMPLOYEE), account.getRoles());
  }

  @Test
  void rolesCannotBeChangedFromOutside() {
    var account = new Account("jung.hana", "hash", 3L, Set.of(Role.TRAINER));
    var roles = account.getRoles();

    assertThrows(UnsupportedOperationException.class, () -> roles.add(Role.ADMIN));
    assertThrows(UnsupportedOperationException.class, () -> roles.remove(Role.EMPLOYEE));
    assertEquals(EnumSet.of(Role.EMPLOYEE, Role.TRAINER), account.getRoles());
  }
}
