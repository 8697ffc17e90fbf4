package kr.cheongnabi.devserver;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kr.cheongnabi.people.control.DemoOrganisation;

/**
 * The developer run ({@code ./mvnw -Prun}): an embedded MariaDB whose data stays in {@code .data/},
 * then Payara Micro with the built WAR and the demo organisation ({@link DemoDeployment}) at
 * http://localhost:8080/. Ctrl-C stops both.
 */
public final class DevServer {

  private DevServer() {}

  public static void main(String[] args) throws Exception {
    var dataDir = new File(System.getProperty("cheongnabi.dataDir", ".data"), "mariadb");
    var dbPort = Integer.parseInt(System.getenv().getOrDefault("CHEONGNABI_DB_PORT", "3307"));
    var httpPort = System.getenv().getOrDefault("PORT", "8080");
    System.out.println("Starting the embedded MariaDB on port " + dbPort + ", data in " + dataDir);
    var database =
        EmbeddedDatabase.start(dbPort, dataDir, "cheongnabi", "cheongnabi", "cheongnabi-dev");
    var payara = startPayara(database, httpPort);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Cheongnabi and the embedded database…");
                  stop(payara);
                  try {
                    database.close();
                  } catch (Exception e) {
                    System.err.println("Could not stop the embedded database: " + e);
                  }
                }));
    if (awaitReady(payara, httpPort)) {
      printSignIns(httpPort);
    }
    System.exit(payara.waitFor());
  }

  private static Process startPayara(EmbeddedDatabase database, String httpPort)
      throws IOException {
    var command =
        List.of(
            javaExecutable(),
            "-Xmx1g",
            "-Dfile.encoding=UTF-8",
            "-Duser.timezone=UTC",
            "-jar",
            System.getProperty("cheongnabi.microJar", "target/payara-micro.jar"),
            "--deploy",
            DemoDeployment.write(
                    new File(System.getProperty("cheongnabi.war", "target/cheongnabi.war")))
                .getPath(),
            "--contextroot",
            "/",
            "--port",
            httpPort,
            "--nocluster",
            "--prebootcommandfile",
            System.getProperty("cheongnabi.preboot", "deployment/payara/single-instance.asadmin"));
    var builder = new ProcessBuilder(command).inheritIO();
    var env = builder.environment();
    env.put("DB_URL", database.jdbcUrl());
    env.put("DB_USER", database.user());
    env.put("DB_PASSWORD", database.password());
    // Campaign pledge links need a signing key; the developer run has a fixed one of its own.
    env.putIfAbsent("CAMPAIGN_LINK_SECRET", "developer-run-only-campaign-link-secret-2026");
    return builder.start();
  }

  private static boolean awaitReady(Process payara, String httpPort) throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"));
    var deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (payara.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        var page =
            client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/login.xhtml"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() == 200
            && client.send(ready.build(), HttpResponse.BodyHandlers.discarding()).statusCode()
                == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // Payara is still starting.
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return false;
  }

  private static void printSignIns(String httpPort) {
    System.out.println(
        """

        ============================================================
         Cheongnabi is running at http://localhost:%s/
         Demo sign-ins (password for all: %s)
           employee  – an employee
           trainer   – a trainer
           hr        – HR / integrity officer
           admin     – administrator (also HR and trainer)
         Ctrl-C stops the application and the database.
        ============================================================
        """
            .formatted(httpPort, DemoOrganisation.PASSWORD));
  }

  private static void stop(Process payara) {
    payara.destroy();
    try {
      if (!payara.waitFor(30, TimeUnit.SECONDS)) {
        payara.destroyForcibly();
      }
    } catch (InterruptedException e) {
      payara.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String javaExecutable() {
    return new File(System.getProperty("java.home"), "bin/java").getPath();
  }
}
