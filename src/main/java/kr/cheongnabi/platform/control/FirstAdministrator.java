package kr.cheongnabi.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.cheongnabi.platform.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production there are no default passwords: on the first start against a database without
 * accounts, the first administrator comes from ADMIN_USERNAME and ADMIN_PASSWORD.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "admin.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "admin.password")
  Optional<String> password;

  @Inject Accounts accounts;

  @PostConstruct
  void createIfNone() {
    if (accounts.anyAccountExists()) {
      return;
    }
    if (username.isEmpty() || password.isEmpty()) {
      LOG.warning(
          "No account exists and ADMIN_USERNAME / ADMIN_PASSWORD are not set: nobody can sign in."
              + " Set both and restart to create the first administrator.");
      return;
    }
    accounts.createAtSetUp(username.get(), password.get(), null, Set.of(Role.ADMIN, Role.HR));
    LOG.info(
        () ->
            "First administrator "
                + username.get()
                + " created; remove ADMIN_PASSWORD from the environment now.");
  }
}
