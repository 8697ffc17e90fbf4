package kr.cheongnabi.testing;

import ch.vorburger.exec.ManagedProcessException;
import java.net.URI;
import kr.cheongnabi.devserver.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One embedded MariaDB for the whole integration-test run (Failsafe sets the port), brought to the
 * current schema before any test. When DB_URL names a real server the build skips the embedded one
 * and only the migrations run.
 */
public class EmbeddedDatabaseSession implements LauncherSessionListener {

  private EmbeddedDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    var port = System.getProperty("cheongnabi.embeddedDb.port");
    if (port == null) {
      return;
    }
    var url = System.getenv("DB_URL");
    var user = System.getenv("DB_USER");
    var password = System.getenv("DB_PASSWORD");
    if (!Boolean.getBoolean("cheongnabi.embeddedDb.skip")) {
      try {
        database =
            EmbeddedDatabase.start(Integer.parseInt(port), null, databaseName(url), user, password);
      } catch (ManagedProcessException e) {
        throw new IllegalStateException("Could not start the embedded MariaDB on port " + port, e);
      }
    }
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      try {
        database.close();
      } catch (ManagedProcessException e) {
        System.err.println("Could not stop the embedded MariaDB: " + e.getMessage());
      }
    }
  }

  private static String databaseName(String jdbcUrl) {
    var path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
    return path.substring(1);
  }
}
