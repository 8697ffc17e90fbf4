package kr.cheongnabi.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.cheongnabi.platform.entity.Account;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.SecurityEvent;
import kr.cheongnabi.platform.entity.SecurityEvent.Kind;

/** Accounts: checking a password, locking an account after repeated failures, changing it. */
@Stateless
public class Accounts {

  public static final int MAX_FAILED_ATTEMPTS = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  /**
   * The password hash a sign-in is checked against, or none for an unknown username. It is read
   * outside any transaction and without a lock, so that the hashing which follows (a tenth of a
   * second of CPU, far longer while a burst of people sign in) holds neither a pooled connection
   * nor the account's row: while it held both, a burst of sign-ins emptied the pool for everyone.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<String> passwordHashOf(String username) {
    return findByUsername(username).map(Account::getPasswordHash);
  }

  /**
   * Settles a sign-in whose password was verified against {@code check}'s hash. The account row is
   * locked while it is settled, so concurrent attempts count every failure and a lock-out cannot be
   * raced past. Should the hash have changed since it was read (the password changed meanwhile),
   * the password is verified again against the current one.
   */
  @PermitAll
  public Optional<Account> settleSignIn(PasswordCheck check, String remoteAddress) {
    var username = check.username();
    var found = lockedForUpdate(username);
    var current = found.map(Account::getPasswordHash);
    var matches =
        current.equals(check.verifiedHash())
            ? check.matches()
            : hasher.matches(check.password(), current);
    var outcome = decide(found, matches, clock.instant());
    if (outcome == Kind.REFUSED_WHILE_LOCKED) {
      LOG.warning(() -> "Sign-in refused: account " + username + " is locked");
    } else if (outcome == Kind.LOCKED_OUT) {
      LOG.warning(
          () ->
              "Account "
                  + username
                  + " locked for "
                  + LOCK_DURATION.toMinutes()
                  + " minutes after "
                  + MAX_FAILED_ATTEMPTS
                  + " failed sign-ins (last from "
                  + remoteAddress
                  + ")");
    }
    record(username, outcome, remoteAddress);
    return outcome == Kind.SIGNED_IN ? found : Optional.empty();
  }

  /**
   * What a sign-in comes to, counting a failure or clearing the count on the account. The password
   * was verified exactly once before, whatever the outcome (see {@link PasswordCheck}).
   */
  static Kind decide(Optional<Account> found, boolean matches, Instant now) {
    if (found.isEmpty()) {
      return Kind.UNKNOWN_USER;
    }
    var account = found.get();
    if (account.isLockedAt(now)) {
      return Kind.REFUSED_WHILE_LOCKED;
    }
    if (!matches) {
      return account.recordFailure(now, MAX_FAILED_ATTEMPTS, LOCK_DURATION)
          ? Kind.LOCKED_OUT
          : Kind.WRONG_PASSWORD;
    }
    account.recordSuccess();
    return Kind.SIGNED_IN;
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public void changePassword(String username, String currentPassword, String newPassword) {
    var account = lockedForUpdate(username).orElseThrow();
    if (!hasher.matches(currentPassword, account.getPasswordHash())) {
      throw new BusinessException("password.currentWrong");
    }
    requireAcceptable(newPassword, username);
    account.changePasswordHash(hasher.hash(newPassword));
    record(username, Kind.PASSWORD_CHANGED, null);
  }

  @RolesAllowed(Role.EMPLOYEE_NAME)
  public void rememberLocale(String username, String languageTag) {
    findByUsername(username).ifPresent(account -> account.preferLocale(languageTag));
  }

  @PermitAll
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** An administrator opens a sign-in, usually for an employee. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Account open(String username, String password, Long employeeId, Set<Role> roles) {
    return createAtSetUp(username, password, employeeId, roles);
  }

  /**
   * Creates an account while the application starts (the first administrator, the demo data):
   * nobody is signed in then, so no role can be asked for. No page reaches this method.
   */
  @PermitAll
  public Account createAtSetUp(String username, String password, Long employeeId, Set<Role> roles) {
    requireAcceptable(password, username);
    if (findByUsername(username).isPresent()) {
      throw new BusinessException("account.usernameTaken", username);
    }
    var account = new Account(username, hasher.hash(password), employeeId, roles);
    em.persist(account);
    return account;
  }

  @PermitAll
  public boolean anyAccountExists() {
    return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() > 0;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public List<Account> search(String usernamePrefix, int first, int pageSize) {
    return em.createNamedQuery(Account.SEARCH, Account.class)
        .setParameter("prefix", likePrefix(usernamePrefix))
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public int count(String usernamePrefix) {
    return em.createNamedQuery(Account.COUNT_SEARCH, Long.class)
        .setParameter("prefix", likePrefix(usernamePrefix))
        .getSingleResult()
        .intValue();
  }

  /** Gives an account exactly these roles (EMPLOYEE is always kept). */
  @RolesAllowed(Role.ADMIN_NAME)
  public void grant(long accountId, Set<Role> roles) {
    find(accountId).grant(roles);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public void unlock(long accountId) {
    find(accountId).recordSuccess();
  }

  /** Sets a password chosen by an administrator, e.g. for a person who forgot theirs. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void resetPassword(long accountId, String newPassword) {
    var account = find(accountId);
    requireAcceptable(newPassword, account.getUsername());
    account.changePasswordHash(hasher.hash(newPassword));
    account.recordSuccess();
    record(account.getUsername(), Kind.PASSWORD_RESET, null);
  }

  private Account find(long accountId) {
    return Optional.ofNullable(em.find(Account.class, accountId))
        .orElseThrow(() -> new BusinessException("account.notFound", accountId));
  }

  private static String likePrefix(String prefix) {
    var text = prefix == null ? "" : prefix.trim();
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private Optional<Account> lockedForUpdate(String username) {
    return em.createNamedQuery(Account.BY_USERNAME, Account.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private static void requireAcceptable(String password, String username) {
    if (password == null || password.length() < PasswordHasher.MINIMUM_LENGTH) {
      throw new BusinessException("password.tooShort", PasswordHasher.MINIMUM_LENGTH);
    }
    if (password.equalsIgnoreCase(username)) {
      throw new BusinessException("password.sameAsUsername");
    }
  }

  private void record(String username, Kind kind, String remoteAddress) {
    em.persist(new SecurityEvent(clock.instant(), username, kind, remoteAddress));
  }
}
