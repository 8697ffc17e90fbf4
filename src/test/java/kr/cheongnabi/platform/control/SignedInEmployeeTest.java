package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.platform.control.SignInMechanism.SignedIn;
import org.junit.jupiter.api.Test;

/**
 * The roles of the person signed in come from what their sign-in kept in the session, as the
 * container's do; only a request without it asks the container, role by role.
 */
class SignedInEmployeeTest {

  private final List<String> asked = new ArrayList<>();

  @Test
  void theRolesComeFromTheSessionInTheOrderOfRoleWithoutAskingTheContainer() {
    var signedIn = signedIn("kim.hr", new SignedIn("kim.hr", Set.of("HR", "EMPLOYEE"), 7L));

    assertEquals(List.of("EMPLOYEE", "HR"), signedIn.roles());
    assertEquals(List.of(), asked);
  }

  @Test
  void withoutASessionTheContainerIsAskedRoleByRole() {
    var signedIn = signedIn("script", null);

    assertEquals(List.of("EMPLOYEE", "TRAINER"), signedIn.roles());
    assertEquals(List.of("EMPLOYEE", "TRAINER", "HR", "ADMIN"), asked);
  }

  @Test
  void aSessionKeptForSomeoneElseIsNotBelieved() {
    var signedIn = signedIn("script", new SignedIn("kim.hr", Set.of("HR", "EMPLOYEE"), 7L));

    assertEquals(List.of("EMPLOYEE", "TRAINER"), signedIn.roles());
  }

  @Test
  void nobodySignedInHasNoRoles() {
    assertEquals(List.of(), signedIn(null, null).roles());
  }

  /** The container says the caller is an employee and a trainer. */
  private SignedInEmployee signedIn(String caller, SignedIn kept) {
    var signedIn = new SignedInEmployee();
    signedIn.security =
        proxy(
            SecurityContext.class,
            (method, arguments) ->
                switch (method) {
                  case "getCallerPrincipal" -> caller == null ? null : (Principal) () -> caller;
                  case "isCallerInRole" -> {
                    asked.add((String) arguments[0]);
                    yield Set.of("EMPLOYEE", "TRAINER").contains(arguments[0]);
                  }
                  default -> null;
                });
    var session =
        proxy(
            HttpSession.class,
            (method, arguments) ->
                "getAttribute".equals(method) && SignInMechanism.SIGNED_IN.equals(arguments[0])
                    ? kept
                    : null);
    signedIn.request =
        proxy(
            HttpServletRequest.class,
            (method, arguments) -> "getSession".equals(method) && kept != null ? session : null);
    return signedIn;
  }

  private interface Answer {
    Object of(String method, Object[] arguments);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            SignedInEmployeeTest.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, arguments) -> answer.of(method.getName(), arguments)));
  }
}
