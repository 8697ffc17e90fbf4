package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.cheongnabi.platform.entity.Account;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks usernames and passwords against the accounts; the roles become the caller's groups. The
 * password is hashed between two short calls to the accounts, outside any transaction, so no pooled
 * connection waits on the hashing. When the database cannot be reached nothing could be checked
 * (and no failure was counted): the answer is then "not validated", which the sign-in tells apart
 * from a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "trusted.proxies")
  Optional<String> trustedProxies;

  private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<Account> signedIn;
    try {
      var check =
          PasswordCheck.of(
              credential.getCaller(), credential.getPasswordAsString(), accounts, hasher);
      signedIn = accounts.settleSignIn(check, clientAddress());
    } catch (RuntimeException e) {
      if (!Database.isUnreachable(e)) {
        throw e;
      }
      LOG.warning(() -> "Sign-in not checked, the database cannot be reached: " + e);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return signedIn
        .map(
            account ->
                new CredentialValidationResult(
                    account.getUsername(),
                    account.getRoles().stream().map(Enum::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private String clientAddress() {
    var proxies =
        Arrays.stream(trustedProxies.orElse("").split(","))
            .map(String::trim)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.toSet());
    return ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), proxies);
  }
}
