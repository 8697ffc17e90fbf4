package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.platform.control.SignInMechanism.SignedIn;
import kr.cheongnabi.platform.entity.Account;
import kr.cheongnabi.platform.entity.Role;

/**
 * The person signed in, as the server knows them, never as the request says: the one way to ask,
 * from a page's bean, a REST resource or a service alike (Jakarta Security's context knows the
 * caller in the web and the EJB container).
 *
 * <p>Their employee record comes from the session, where the sign-in put it, so the pages that
 * every learner uses at once (the quiz above all) find it without asking the database; a request
 * without such a session (HTTP Basic on /api) looks the account up. One instance for the
 * application (the request it reads is the current one, through its proxy): creating one per
 * request would look up the account service in JNDI every time.
 */
@ApplicationScoped
public class SignedInEmployee {

  @Inject SecurityContext security;
  @Inject HttpServletRequest request;
  @Inject Accounts accounts;

  /** The name the person signed in with; null when nobody is signed in. */
  public String username() {
    var caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /** The id of their employee record; empty when nobody is signed in or the account has none. */
  public Optional<Long> employeeId() {
    var name = username();
    if (name == null) {
      return Optional.empty();
    }
    var kept = kept(name);
    if (kept.isPresent()) {
      return Optional.ofNullable(kept.get().employeeId());
    }
    return accounts.findByUsername(name).map(Account::getEmployeeId);
  }

  /**
   * The person's roles (names of {@link Role}), in that order; none when nobody is signed in. They
   * come from the session, as the container's do on every request (SignInMechanism); a request
   * without one asks the container role by role, each a policy check.
   */
  public List<String> roles() {
    var name = username();
    if (name == null) {
      return List.of();
    }
    var kept = kept(name).map(SignedIn::roles);
    return Arrays.stream(Role.values())
        .map(Enum::name)
        .filter(role -> kept.map(roles -> roles.contains(role)).orElseGet(() -> isInRole(role)))
        .toList();
  }

  /** What the sign-in keeps in the session, when it is the caller's. */
  private Optional<SignedIn> kept(String name) {
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignInMechanism.SIGNED_IN) instanceof SignedIn signedIn
        && signedIn.name().equals(name)) {
      return Optional.of(signedIn);
    }
    return Optional.empty();
  }

  /**
   * The id of their employee record; a sign-in without one cannot take part, and is told so with
   * the message of the given key.
   */
  public long employeeId(String refusal) {
    return employeeId().orElseThrow(() -> new BusinessException(refusal));
  }

  /** Whether the person holds the role (one of {@link kr.cheongnabi.platform.entity.Role}). */
  public boolean isInRole(String role) {
    return security.isCallerInRole(role);
  }
}
