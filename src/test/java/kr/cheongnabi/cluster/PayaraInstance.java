package kr.cheongnabi.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One Cheongnabi instance started as production starts it: by the launch script {@code
 * deployment/bin/cheongnabi}, which checks the settings and replaces itself with Payara Micro, so
 * the process started here is the instance's JVM and {@code kill -9} of it is a crash of the
 * instance. Its output goes to a log file, which tells when it has joined the data grid.
 */
final class PayaraInstance implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private PayaraInstance(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts the launcher with a clean environment: only what is given, so that nothing of the
   * build's own environment reaches the instance.
   */
  static PayaraInstance launch(
      Path launcher, String name, int port, Path workDir, Map<String, String> settings) {
    try {
      var tmp = Files.createDirectories(workDir.resolve("tmp").resolve(name));
      var envFile = workDir.resolve("no-settings.env");
      if (!Files.exists(envFile)) {
        Files.writeString(envFile, "# the fail-over test sets everything in the environment\n");
      }
      var log = workDir.resolve(name + ".log");
      var builder =
          new ProcessBuilder(List.of(launcher.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      var env = builder.environment();
      env.clear();
      env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("TMPDIR", tmp.toString());
      env.put("CHEONGNABI_ENV_FILE", envFile.toString());
      env.put("PORT", Integer.toString(port));
      env.put("INSTANCE_NAME", name);
      env.put("JAVA_OPTS", "-Xms256m -Xmx512m -XX:+UseG1GC -Djava.io.tmpdir=" + tmp);
      env.putAll(settings);
      return new PayaraInstance(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + " through " + launcher, e);
    }
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  /** The address the load balancer names it by in X-Upstream. */
  String address() {
    return "127.0.0.1:" + port;
  }

  boolean logShows(String text) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits until the log shows the text; fails when the instance died or the time is up. */
  void awaitLog(String text, Duration patience) throws InterruptedException {
    await(() -> logShows(text), "its log to show \"" + text + "\"", patience);
  }

  /** Waits until the instance answers its readiness check. */
  void awaitReady(Duration patience) throws InterruptedException {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    var ready = HttpRequest.newBuilder(URI.create("http://" + address() + "/health/ready")).build();
    await(
        () -> {
          try {
            return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException notYet) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        "/health/ready",
        patience);
  }

  private void await(BooleanSupplier condition, String what, Duration patience)
      throws InterruptedException {
    var deadline = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      checkAlive(what);
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            name + " did not reach " + what + " within " + patience + "; see " + log);
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  /** Fails when the instance ended before it reached the named point. */
  void checkAlive(String before) {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          name + " ended (exit " + process.exitValue() + ") before " + before + "; see " + log);
    }
  }

  /** A crash: SIGKILL, as {@code kill -9} sends it; the instance gets no chance to hand over. */
  void killHard() throws IOException, InterruptedException {
    var kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -9 " + process.pid() + " failed");
    }
    process.waitFor();
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
