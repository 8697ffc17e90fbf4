package kr.cheongnabi.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded MariaDB of the developer run, started and stopped as a developer does. */
class EmbeddedDatabaseTest {

  private Path checkout;

  @AfterEach
  void removeCheckout() throws IOException {
    if (checkout != null) {
      try (var paths = Files.walk(checkout)) {
        paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void keepsTheDataOfACheckoutInTheTempFolderAcrossARestart() throws Exception {
    checkout = Files.createTempDirectory("cheongnabi-checkout-");
    var dataDir = checkout.resolve(".data").resolve("mariadb").toFile();
    assertTrue(dataDir.getAbsolutePath().startsWith(System.getProperty("java.io.tmpdir")));
    var port = freePort();

    var firstRun =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedDatabaseTest.class.getName(),
                String.valueOf(port),
                dataDir.getPath())
            .inheritIO()
            .start();
    assertTrue(firstRun.waitFor(5, TimeUnit.MINUTES), "the first run ended");
    assertEquals(0, firstRun.exitValue());
    try (var database = start(port, dataDir)) {
      assertEquals(List.of("7 O"), answers(database));
    }
    assertTrue(
        Files.notExists(checkout.resolve(".data").resolve("mariadb.kept")),
        "nothing is left set aside");
  }

  /**
   * The first run, in a JVM of its own that answers and exits without closing anything, as the
   * developer run does: its shutdown hooks run, as on Ctrl-C.
   */
  public static void main(String[] args) throws Exception {
    var database = start(Integer.parseInt(args[0]), new File(args[1]));
    execute(database, "CREATE TABLE answer (statement_id INT, given CHAR(1))");
    execute(database, "INSERT INTO answer VALUES (7, 'O')");
    System.exit(0);
  }

  private static EmbeddedDatabase start(int port, File dataDir) throws Exception {
    return EmbeddedDatabase.start(port, dataDir, "restart_check", "restart", "restart-pw");
  }

  private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
    try (var connection =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> answers(EmbeddedDatabase database) throws SQLException {
    try (var connection =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        var rows =
            connection.createStatement().executeQuery("SELECT statement_id, given FROM answer")) {
      var answers = new ArrayList<String>();
      while (rows.next()) {
        answers.add(rows.getInt(1) + " " + rows.getString(2));
      }
      return answers;
    }
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
