package kr.cheongnabi.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. Flyway holds a database
 * lock while it migrates, so instances starting together migrate once. A separate schema owner
 * (DB_MIGRATION_USER) keeps DDL rights away from the application's own user.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "db.url")
  String url;

  @Inject
  @ConfigProperty(name = "db.migration.user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "db.migration.password")
  Optional<String> migrationPassword;

  @PostConstruct
  void migrate() {
    var configuration =
        Flyway.configure(Migrations.class.getClassLoader())
            .locations("classpath:db/migration")
            .failOnMissingLocations(true);
    if (migrationUser.isPresent()) {
      configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
    } else {
      configuration.dataSource(dataSource);
    }
    var flyway = configuration.load();
    var applied = flyway.migrate().migrationsExecuted;
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + applied
                + " migrations applied now)");
  }
}
