package kr.cheongnabi.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks usernames and passwords against the accounts; the roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;
  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "trusted.proxies")
  Optional<String> trustedProxies;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .signIn(credential.getCaller(), credential.getPasswordAsString(), clientAddress())
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
