package kr.cheongnabi.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of the instances, run from {@code deployment/cluster/nginx-local.conf.template}
 * with its placeholders filled in: what is tested is the configuration that is shipped. It runs in
 * the foreground as a child of the test, with its configuration, pid and logs under its own prefix
 * directory.
 */
final class Nginx implements AutoCloseable {

  private static final List<String> WHERE = List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx");

  private final Path prefix;
  private final int port;
  private final Process process;

  private Nginx(Path prefix, int port, Process process) {
    this.prefix = prefix;
    this.port = port;
    this.process = process;
  }

  static Nginx start(Path template, Path prefix, int port, String instance1, String instance2)
      throws IOException, InterruptedException {
    var nginx = executable();
    Files.createDirectories(prefix.resolve("logs"));
    Files.createDirectories(prefix.resolve("temp"));
    Files.writeString(
        prefix.resolve("nginx.conf"),
        Files.readString(template)
            .replace("@LISTEN@", "127.0.0.1:" + port)
            .replace("@INSTANCE_1@", instance1)
            .replace("@INSTANCE_2@", instance2));
    var command = List.of(nginx, "-p", prefix.toString(), "-c", "nginx.conf");
    var check = new ProcessBuilder(concat(command, "-t")).inheritIO().start();
    if (check.waitFor() != 0) {
      throw new IllegalStateException("nginx -t refuses " + prefix.resolve("nginx.conf"));
    }
    var process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("logs/nginx.out").toFile())
            .start();
    var started = new Nginx(prefix, port, process);
    started.awaitListening();
    return started;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  Path accessLog() {
    return prefix.resolve("logs/access.log");
  }

  private void awaitListening() throws InterruptedException {
    var client = HttpClient.newHttpClient();
    var deadline = Instant.now().plusSeconds(20);
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx ended at start-up; see " + prefix.resolve("logs/error.log"));
      }
      try {
        client.send(
            HttpRequest.newBuilder(base().resolve("/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("nginx does not answer on port " + port, notYet);
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
    }
  }

  /**
   * nginx from the PATH or where Debian puts it. Missing, it is installed from Debian when the test
   * runs as root with apt-get (as on CI); otherwise the test stops and says what to install.
   */
  private static String executable() throws IOException, InterruptedException {
    var found = find();
    if (found != null) {
      return found;
    }
    var root = "root".equals(System.getProperty("user.name"));
    if (root && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
      System.out.println("nginx is missing: apt-get install -y nginx-light");
      var install =
          new ProcessBuilder(
                  "sh",
                  "-c",
                  "apt-get update -qq && DEBIAN_FRONTEND=noninteractive"
                      + " apt-get install -y -qq nginx-light")
              .inheritIO()
              .start();
      if (install.waitFor() == 0 && (found = find()) != null) {
        return found;
      }
    }
    throw new IllegalStateException(
        "The fail-over test needs nginx: install it (Debian/Ubuntu: sudo apt-get install -y"
            + " nginx-light) or put it on the PATH.");
  }

  private static String find() {
    for (var dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "nginx"))) {
        return Path.of(dir, "nginx").toString();
      }
    }
    return WHERE.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
  }

  private static List<String> concat(List<String> command, String option) {
    var all = new ArrayList<>(command);
    all.add(option);
    return all;
  }

  @Override
  public void close() {
    // Taken before the master ends: its workers would then belong to init.
    var workers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
  }
}
