package kr.cheongnabi.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Who used the machine's processors during each window: the application server, the database, the
 * load generator (this JVM, Gatling), anything else, and what was left idle. Read from Linux's
 * {@code /proc} once a second; on another system, or for a process that is not this JVM's child (a
 * server given by {@code -Dload.url}, a database given by {@code DB_URL}), that part is counted as
 * "other". It shows whether the answers' tail comes from waiting for a processor.
 */
final class CpuShares implements AutoCloseable {

  /** Processors' worth of time used in a window, by each party. */
  record Shares(double app, double database, double generator, double other, double idle) {

    @Override
    public String toString() {
      return "app server %.2f, database %.2f, load generator %.2f, other %.2f, idle %.2f"
          .formatted(app, database, generator, other, idle);
    }
  }

  /** Cumulative clock ticks at a moment. */
  private record Sample(
      long nanos, long busy, long total, long app, long database, long generator) {}

  private static final Path PROC = Path.of("/proc");

  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private final List<Sample> samples = new ArrayList<>();
  private final int processors = Runtime.getRuntime().availableProcessors();

  private CpuShares() {}

  /** Starts sampling; empty where there is no {@code /proc/stat} to read. */
  static Optional<CpuShares> start() {
    if (!Files.isReadable(PROC.resolve("stat"))) {
      return Optional.empty();
    }
    var shares = new CpuShares();
    shares.sampler.scheduleAtFixedRate(shares::sample, 0, 1, TimeUnit.SECONDS);
    return Optional.of(shares);
  }

  /** The shares between two moments of {@link System#nanoTime()}; empty with too few samples. */
  synchronized Optional<Shares> between(long fromNanos, long toNanos) {
    var first = samples.stream().filter(s -> s.nanos() >= fromNanos).findFirst();
    var last = samples.stream().filter(s -> s.nanos() <= toNanos).reduce((earlier, later) -> later);
    if (first.isEmpty() || last.isEmpty() || last.get().nanos() <= first.get().nanos()) {
      return Optional.empty();
    }
    var a = first.get();
    var b = last.get();
    double total = b.total() - a.total();
    if (total <= 0) {
      return Optional.empty();
    }
    double app = share(b.app() - a.app(), total);
    double database = share(b.database() - a.database(), total);
    double generator = share(b.generator() - a.generator(), total);
    double busy = share(b.busy() - a.busy(), total);
    return Optional.of(
        new Shares(
            app,
            database,
            generator,
            Math.max(0, busy - app - database - generator),
            processors - busy));
  }

  /** Ticks as processors' worth: the machine's ticks count every processor. */
  private double share(long ticks, double total) {
    return processors * ticks / total;
  }

  private void sample() {
    try {
      var cpu = Files.readAllLines(PROC.resolve("stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        total += Long.parseLong(cpu[i]);
      }
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      var children = ProcessHandle.current().descendants().toList();
      long app = sum(children, "java");
      long database = sum(children, "mariadbd") + sum(children, "mysqld");
      long generator = ticks(ProcessHandle.current().pid()).orElse(0);
      synchronized (this) {
        samples.add(new Sample(System.nanoTime(), total - idle, total, app, database, generator));
      }
    } catch (IOException | RuntimeException unreadable) {
      // a sample is skipped; the window's shares come from the samples around it
    }
  }

  private static long sum(List<ProcessHandle> processes, String command) {
    return processes.stream()
        .filter(p -> p.info().command().map(c -> c.endsWith("/" + command)).orElse(false))
        .mapToLong(p -> ticks(p.pid()).orElse(0))
        .sum();
  }

  /** User and system time of a process, in clock ticks; empty when it has ended. */
  private static OptionalLong ticks(long pid) {
    try {
      var stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
      // the command in parentheses may hold spaces; fields 14 and 15 follow it
      var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException ended) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
