package kr.cheongnabi.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The application under load: Payara Micro with the built WAR, started as the developer run ({@code
 * DevServer}) starts it, a single instance with 1 GiB of heap, its log in a file. Or, with {@code
 * -Dload.url}, a server that already runs and is only checked.
 */
final class AppServer implements AutoCloseable {

  private final String url;
  private final Process process;

  private AppServer(String url, Process process) {
    this.url = url;
    this.process = process;
  }

  /** A server someone else started: it must answer. */
  static AppServer running(String url) throws InterruptedException {
    var server = new AppServer(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, null);
    if (!server.awaitReady(Duration.ofSeconds(30))) {
      throw new IllegalStateException("Nothing answers at " + url + "/login.xhtml");
    }
    return server;
  }

  static AppServer start(BenchmarkDatabase database, int port, Path log) throws Exception {
    try (var probe = new ServerSocket(port)) {
      probe.setReuseAddress(true);
    } catch (IOException inUse) {
      throw new IllegalStateException(
          "Port " + port + " is taken; choose another with -Dload.port", inUse);
    }
    var command = new ArrayList<String>();
    command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    command.add("-Xmx1g");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Duser.timezone=UTC");
    if (Boolean.getBoolean("load.profile")) {
      // Java Flight Recorder's profile over the whole run, written when the server stops; the
      // windows' times are in the run's output, to cut the recording by (jfr print, JMC)
      var recording = log.resolveSibling("payara.jfr");
      command.add(
          "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
      command.add("-XX:FlightRecorderOptions=stackdepth=256");
      System.out.println("Recording the server's profile to " + recording);
    }
    command.add("-jar");
    command.add(System.getProperty("cheongnabi.microJar", "target/payara-micro.jar"));
    command.add("--deploy");
    command.add(System.getProperty("cheongnabi.war", "target/cheongnabi.war"));
    command.add("--contextroot");
    command.add("/");
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--nocluster");
    command.add("--prebootcommandfile");
    command.add(
        System.getProperty("cheongnabi.preboot", "deployment/payara/single-instance.asadmin"));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    var env = builder.environment();
    env.put("DB_URL", database.url());
    env.put("DB_USER", database.user());
    env.put("DB_PASSWORD", database.password());
    System.out.println("Starting Payara Micro on port " + port + " (log: " + log + ")…");
    var server = new AppServer("http://localhost:" + port, builder.start());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    if (!server.awaitReady(Duration.ofMinutes(5))) {
      server.close();
      throw new IllegalStateException("Payara Micro did not become ready; see " + log);
    }
    return server;
  }

  String url() {
    return url;
  }

  /** The sign-in page and the readiness check both answer 200. */
  private boolean awaitReady(Duration patience) throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var deadline = Instant.now().plus(patience);
    while ((process == null || process.isAlive()) && Instant.now().isBefore(deadline)) {
      try {
        if (status(client, "/login.xhtml") == 200 && status(client, "/health/ready") == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // still starting
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return false;
  }

  private int status(HttpClient client, String path) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(url + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
