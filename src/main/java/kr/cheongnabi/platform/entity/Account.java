package kr.cheongnabi.platform.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A sign-in: a username, a password hash and roles, usually tied to one employee. */
@Entity
@Table(name = "account")
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
    name = Account.SEARCH,
    query = "SELECT a FROM Account a WHERE a.username LIKE :prefix ORDER BY a.username")
@NamedQuery(
    name = Account.COUNT_SEARCH,
    query = "SELECT COUNT(a) FROM Account a WHERE a.username LIKE :prefix")
public class Account {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String COUNT = "Account.count";
  public static final String SEARCH = "Account.search";
  public static final String COUNT_SEARCH = "Account.countSearch";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 64)
  @Pattern(regexp = "[A-Za-z0-9._@-]+")
  private String username;

  @NotBlank
  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "employee_id")
  private Long employeeId;

  @Column(name = "failed_attempts")
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "preferred_locale")
  private String preferredLocale;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  public Account(String username, String passwordHash, Long employeeId, Set<Role> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.employeeId = employeeId;
    this.roles = EnumSet.of(Role.EMPLOYEE);
    this.roles.addAll(roles);
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed sign-in; the last of {@code maxFailures} in a row locks the account.
   *
   * @return whether this failure locked the account
   */
  public boolean recordFailure(Instant now, int maxFailures, Duration lockDuration) {
    failedAttempts++;
    if (failedAttempts < maxFailures) {
      return false;
    }
    failedAttempts = 0;
    lockedUntil = now.plus(lockDuration);
    return true;
  }

  public void recordSuccess() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public void preferLocale(String languageTag) {
    this.preferredLocale = languageTag;
  }

  public void grant(Set<Role> newRoles) {
    roles.clear();
    roles.add(Role.EMPLOYEE);
    roles.addAll(newRoles);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getPreferredLocale() {
    return preferredLocale;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }
}
