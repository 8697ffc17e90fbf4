package kr.cheongnabi.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Two instances in one Payara Micro cluster ({@code CLUSTER_NAME}, members found over TCP on
 * 127.0.0.1) on one database, and nginx in front of them: deployment/cluster/README.md, run by a
 * test. Everything it started is stopped by {@link #close()}, also when starting failed half-way.
 */
final class LocalCluster implements AutoCloseable {

  private static final Duration START_UP = Duration.ofMinutes(6);

  /** Ports: nginx's, the two instances' HTTP ports and their Hazelcast ports. */
  record Ports(int balancer, int http1, int http2, int grid1, int grid2) {

    static Ports from(int balancer, int grid) {
      return new Ports(balancer, balancer + 1, balancer + 2, grid, grid + 1);
    }
  }

  private final String clusterName =
      "cheongnabi-failover-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<PayaraInstance> instances = new CopyOnWriteArrayList<>();
  private final Thread onExit = new Thread(this::stopAll, "stop the fail-over cluster");
  private volatile Nginx nginx;

  private LocalCluster() {}

  /**
   * Starts the cluster from the project's build output and deployment files.
   *
   * @param database DB_URL, DB_USER and DB_PASSWORD
   */
  static LocalCluster start(Path project, Path workDir, Ports ports, Map<String, String> database)
      throws IOException, InterruptedException {
    var cluster = new LocalCluster();
    // Also when the test's JVM is stopped from outside (Ctrl+C, a build timeout): the instances
    // and nginx are processes of their own and would outlive it.
    Runtime.getRuntime().addShutdownHook(cluster.onExit);
    try {
      cluster.startInstances(project, workDir, ports, database);
      cluster.nginx =
          Nginx.start(
              project.resolve("deployment/cluster/nginx-local.conf.template"),
              workDir.resolve("nginx"),
              ports.balancer(),
              cluster.instances.get(0).address(),
              cluster.instances.get(1).address());
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startInstances(Path project, Path workDir, Ports ports, Map<String, String> database)
      throws InterruptedException {
    var settings = new HashMap<>(database);
    settings.put("PAYARA_MICRO_JAR", project.resolve("target/payara-micro.jar").toString());
    settings.put("CHEONGNABI_WAR", project.resolve("target/cheongnabi.war").toString());
    settings.put(
        "PREBOOT_COMMANDS",
        project.resolve("deployment/payara/pre-boot-commands.asadmin").toString());
    settings.put("CLUSTER_NAME", clusterName);
    settings.put("CLUSTER_MEMBERS", "127.0.0.1:" + ports.grid1() + ",127.0.0.1:" + ports.grid2());
    settings.put("CLUSTER_INTERFACES", "127.0.0.1");
    settings.put("TRUSTED_PROXIES", "127.0.0.1");
    var launcher = project.resolve("deployment/bin/cheongnabi");

    // The second starts once the first one's data grid listens, so it joins rather than forming a
    // cluster of its own that would have to merge later.
    settings.put("CLUSTER_START_PORT", Integer.toString(ports.grid1()));
    var first = PayaraInstance.launch(launcher, "failover-1", ports.http1(), workDir, settings);
    instances.add(first);
    awaitListening(ports.grid1(), first);
    settings.put("CLUSTER_START_PORT", Integer.toString(ports.grid2()));
    instances.add(PayaraInstance.launch(launcher, "failover-2", ports.http2(), workDir, settings));

    for (var instance : instances) {
      instance.awaitReady(START_UP);
    }
    for (var instance : instances) {
      instance.awaitLog("DG Name: " + clusterName + " DG Size: 2", Duration.ofMinutes(1));
    }
  }

  private static void awaitListening(int port, PayaraInstance instance)
      throws InterruptedException {
    var deadline = Instant.now().plus(START_UP);
    while (Instant.now().isBefore(deadline)) {
      try (var socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        instance.checkAlive("its data grid listened");
        TimeUnit.MILLISECONDS.sleep(500);
      }
    }
    throw new IllegalStateException(
        instance.name() + "'s data grid does not listen on " + port + "; see " + instance.log());
  }

  String clusterName() {
    return clusterName;
  }

  Nginx balancer() {
    return nginx;
  }

  List<PayaraInstance> instances() {
    return instances;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to.
    }
    stopAll();
  }

  private synchronized void stopAll() {
    if (nginx != null) {
      nginx.close();
    }
    for (var instance : instances) {
      instance.close();
    }
  }
}
