package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kr.cheongnabi.platform.control.SignInMechanism.SignedIn;

/**
 * The employee record of the person signed in, as the sign-in put it into the session: the pages
 * that every learner uses at once (the quiz above all) find it without asking the database. A
 * request without such a session (HTTP Basic on /api) looks the account up. One instance for the
 * application (the request it reads is the current one, through its proxy): creating one per
 * request would look up the account service in JNDI every time.
 */
@ApplicationScoped
public class SignedInEmployee {

  @Inject HttpServletRequest request;
  @Inject AccountService accounts;

  /** The employee behind the account of this name, if it has one. */
  public Optional<Long> of(String username) {
    var session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignInMechanism.SIGNED_IN) instanceof SignedIn signedIn
        && signedIn.name().equals(username)) {
      return Optional.ofNullable(signedIn.employeeId());
    }
    return accounts.findByUsername(username).map(account -> account.getEmployeeId());
  }
}
