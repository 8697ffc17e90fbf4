package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Supplier;
import kr.cheongnabi.platform.entity.Account;
import org.junit.jupiter.api.Test;

/**
 * The identity store tells a sign-in that could not be checked (the database is down) from a wrong
 * password: the first is "not validated", which the sign-in answers with "service unavailable".
 */
class AccountIdentityStoreTest {

  private static final UsernamePasswordCredential KIM =
      new UsernamePasswordCredential("kim.minjun", "integrity-2026");

  @Test
  void signInDuringOutageIsNotValidatedRatherThanRefused() {
    var store =
        store(
            () -> {
              throw new EJBException(new PersistenceException(DatabaseTest.refusedConnection()));
            });

    assertEquals(Status.NOT_VALIDATED, store.validate(KIM).getStatus());
  }

  @Test
  void aWrongPasswordIsInvalid() {
    assertEquals(Status.INVALID, store(Optional::empty).validate(KIM).getStatus());
  }

  @Test
  void anyOtherFailureIsNotHidden() {
    var store =
        store(
            () -> {
              throw new IllegalStateException("a bug");
            });

    assertThrows(IllegalStateException.class, () -> store.validate(KIM));
  }

  private static AccountIdentityStore store(Supplier<Optional<Account>> signIn) {
    var store = new AccountIdentityStore();
    store.accounts =
        new Accounts() {
          @Override
          public Optional<String> passwordHashOf(String username) {
            return Optional.empty();
          }

          @Override
          public Optional<Account> settleSignIn(PasswordCheck check, String address) {
            return signIn.get();
          }
        };
    store.hasher = new PasswordHasher();
    store.hasher.pbkdf2 = new AccountsSignInTest.CountingPbkdf2();
    store.hasher.configure();
    store.request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                AccountIdentityStoreTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) ->
                    "getRemoteAddr".equals(method.getName()) ? "203.0.113.7" : null);
    store.trustedProxies = Optional.empty();
    return store;
  }
}
