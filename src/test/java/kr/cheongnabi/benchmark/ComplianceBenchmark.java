package kr.cheongnabi.benchmark;

import static kr.cheongnabi.benchmark.BenchmarkDatabase.count;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.requireEmpty;
import static kr.cheongnabi.benchmark.BenchmarkDatabase.seconds;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.report.control.GapCsv;
import kr.cheongnabi.report.control.GapFilter;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.GapSort;
import kr.cheongnabi.report.control.ReportsByHand;
import kr.cheongnabi.report.control.StandingTree;
import kr.cheongnabi.report.control.UnitStanding;

/**
 * Times HR's gap report on a city of 100,000 employees in 3,000 units with 2,000,000 ledger entries
 * ({@code ./mvnw -Pcompliance-benchmark}), through the code the pages run ({@link GapReport},
 * {@link GapCsv}): the unit summary of a year, pages of 50 employees as the drill-down asks for
 * them, and the CSV export of everyone, whose live heap must not grow with the rows. The database
 * is an embedded MariaDB, or the server in {@code DB_URL} when that is set (the dataset stays
 * there, to look at in the application).
 */
public final class ComplianceBenchmark {

  private static final int RUNS = 5;
  private static final int EXPORT_RUNS = 3;
  private static final int PAGE_SIZE = 50;
  private static final double TREE_TARGET_MS = 1000;
  private static final double PAGE_TARGET_MS = 300;
  private static final double EXPORT_TARGET_MS = 10_000;
  private static final double XLSX_BOUND_MS = 60_000;
  // Holding 100,000 rows (as records, or as Connector/J's buffered result) takes 35 MB or more.
  private static final long HEAP_GROWTH_LIMIT_MB = 16;
  private static final long LIVE_HEAP_SAMPLE_MS = 250;
  private static final String TEXT_FILTER = "김";

  /**
   * An export of a gap list through the given report, as {@link ReportsByHand#csv(GapReport,
   * GapQuery, StandingTree, Locale, OutputStream)}.
   */
  @FunctionalInterface
  private interface Export {
    void write(
        GapReport report, GapQuery query, StandingTree tree, Locale locale, OutputStream out);
  }

  private record NamedExport(String name, double targetMillis, Export export) {}

  /** The heap around one export of everyone. */
  private record Heap(
      long beforeMb,
      long peakPoolsMb,
      long peakSampledMb,
      long liveMaxMb,
      int liveSamples,
      long afterMb) {
    long growthMb() {
      return liveMaxMb - beforeMb;
    }

    boolean flat() {
      return growthMb() <= HEAP_GROWTH_LIMIT_MB && afterMb - beforeMb <= HEAP_GROWTH_LIMIT_MB;
    }
  }

  private ComplianceBenchmark() {}

  public static void main(String[] args) throws Exception {
    var size =
        new ComplianceDataGenerator.Size(
            args.length > 0 ? Integer.parseInt(args[0]) : 100_000,
            args.length > 1 ? Integer.parseInt(args[1]) : 3000,
            args.length > 2 ? Integer.parseInt(args[2]) : 2_000_000);
    int chosenYear = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    int year = chosenYear > 0 ? chosenYear : TrainingYear.of(Instant.now()).value();
    boolean reuse = args.length > 4 && Boolean.parseBoolean(args[4]);
    BenchmarkDatabase.runAndExit(
        "%,d employees and %,d ledger entries".formatted(size.employees(), size.entries()),
        reuse,
        db -> run(size, year, reuse, db));
  }

  /**
   * The exports timed on everyone of the year: the CSV against the target; the issue names
   * none for the XLSX workbook, so its bound only catches one that stopped streaming.
   */
  private static List<NamedExport> exports() {
    return List.of(
        new NamedExport("CSV export", EXPORT_TARGET_MS, ReportsByHand::csv),
        new NamedExport("XLSX export", XLSX_BOUND_MS, ReportsByHand::xlsx));
  }

  private static boolean run(
      ComplianceDataGenerator.Size size, int year, boolean reuse, BenchmarkDatabase db)
      throws Exception {
    String database;
    double loadSeconds;
    var expectations = new Expectations();
    try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      database = db.describe(connection);
      if (reuse && count(connection, "SELECT COUNT(*) FROM employee") > 0) {
        System.out.println("Timing the dataset already in the database (benchmark.reuse)");
        loadSeconds = 0;
      } else {
        requireEmpty(connection);
        System.out.printf(
            "Loading %,d employees in %,d units and %,d ledger entries over %d and %d…%n",
            size.employees(), size.units(), size.entries(), year - 1, year);
        long start = System.nanoTime();
        ComplianceDataGenerator.load(connection, size, year, Instant.now());
        loadSeconds = seconds(start);
        System.out.printf("Loaded in %.1f s%n", loadSeconds);
      }
      expectations.expect(
          "employees", size.employees(), count(connection, "SELECT COUNT(*) FROM employee"));
      expectations.expect(
          "ledger entries", size.entries(), count(connection, "SELECT COUNT(*) FROM ledger_entry"));
    }

    try (var dataSource = db.pool()) {
      return timeReport(size, year, db, database, loadSeconds, expectations, dataSource);
    }
  }

  private static boolean timeReport(
      ComplianceDataGenerator.Size size,
      int year,
      BenchmarkDatabase db,
      String database,
      double loadSeconds,
      Expectations expectations,
      DataSource dataSource)
      throws Exception {
    var report = ReportsByHand.gapReport(dataSource);

    var timings = new ArrayList<Timing>();
    timings.add(
        Timing.time(
            "Unit summary: tree(" + year + ")", TREE_TARGET_MS, RUNS, () -> report.tree(year)));
    var tree = report.tree(year);
    var department = largestDepartment(tree);
    var pages =
        List.of(
            new GapQuery(
                year,
                StandingTree.WHOLE_ORGANISATION,
                "",
                GapFilter.EVERYONE,
                GapSort.MISSING,
                false),
            GapQuery.gapsOf(year, department.unitId()),
            new GapQuery(
                year,
                StandingTree.WHOLE_ORGANISATION,
                TEXT_FILTER,
                GapFilter.EVERYONE,
                GapSort.MISSING,
                false),
            new GapQuery(
                year,
                StandingTree.WHOLE_ORGANISATION,
                "",
                GapFilter.BELOW_FLOOR,
                GapSort.MISSING,
                false));
    var names =
        List.of(
            "Page of 50: everyone, most missing first",
            "Page of 50: gaps in " + department.name().en() + " (" + department.people() + ")",
            "Page of 50: name contains " + TEXT_FILTER,
            "Page of 50: below the floor");
    for (int i = 0; i < pages.size(); i++) {
      var query = pages.get(i);
      var name = names.get(i);
      timings.add(
          Timing.time(
              name,
              PAGE_TARGET_MS,
              RUNS,
              () -> {
                long listed = report.count(query, tree);
                var page = report.page(query, tree, 0, PAGE_SIZE);
                if (page.size() != Math.min(listed, PAGE_SIZE)) {
                  throw new IllegalStateException(
                      name + ": a page of " + page.size() + " of " + listed);
                }
              }));
    }
    var everyone = GapQuery.everyoneOf(year, StandingTree.WHOLE_ORGANISATION);
    int rows = tree.total().people();
    for (var export : exports()) {
      timings.add(
          Timing.time(
              "%s, %,d rows".formatted(export.name(), rows),
              export.targetMillis(),
              EXPORT_RUNS,
              () ->
                  export
                      .export()
                      .write(
                          report, everyone, tree, Locale.KOREAN, OutputStream.nullOutputStream())));
    }

    var written = new AtomicReference<CountingStream>();
    var heap =
        heapAround(
            () -> {
              var out = new CountingStream();
              ReportsByHand.csv(report, everyone, tree, Locale.KOREAN, out);
              written.set(out);
            });
    var csv = written.get();
    expectations.expect("CSV lines (header and a line per employee)", rows + 1L, csv.lines());
    expectations.expect("CSV starts with a byte order mark", true, csv.startsWithBom());
    try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      expectations.expect(
          "people in the tree's total",
          count(connection, "SELECT COUNT(*) FROM obligation WHERE training_year = " + year),
          rows);
    }
    return printSummary(size, year, database, loadSeconds, tree, timings, heap, csv, expectations);
  }

  /** The unit under the city with the most people: a district or bureau of several thousand. */
  private static UnitStanding largestDepartment(StandingTree tree) {
    var city = tree.childrenOf(StandingTree.WHOLE_ORGANISATION).get(0);
    return tree.childrenOf(city.unitId()).stream()
        .max(Comparator.comparingInt(UnitStanding::people))
        .orElse(city);
  }

  /**
   * The export twice: once as it runs, for the peak of the heap (the memory pools' peak after a
   * reset, and sampled); once with a full collection every {@value #LIVE_HEAP_SAMPLE_MS} ms, for
   * what stays alive while it runs, which is what would grow if rows were held.
   */
  private static Heap heapAround(Runnable export) throws InterruptedException {
    var memory = ManagementFactory.getMemoryMXBean();
    var pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    long before = usedAfterGc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    var sampled = new AtomicLong();
    var samples = new AtomicInteger();
    var running = new AtomicBoolean(true);
    var sampler =
        daemon(
            () -> {
              while (running.get()) {
                sampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                pause(5);
              }
            });
    export.run();
    running.set(false);
    sampler.join();
    long peakPools = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

    usedAfterGc();
    var live = new AtomicLong();
    running.set(true);
    var collector =
        daemon(
            () -> {
              while (running.get()) {
                pause(LIVE_HEAP_SAMPLE_MS);
                if (running.get()) {
                  System.gc();
                  live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  samples.incrementAndGet();
                }
              }
            });
    export.run();
    running.set(false);
    collector.join();
    long after = usedAfterGc();
    return new Heap(
        mb(before),
        mb(peakPools),
        mb(sampled.get()),
        mb(Math.max(live.get(), before)),
        samples.get(),
        mb(after));
  }

  private static Thread daemon(Runnable work) {
    var thread = new Thread(work, "heap-watch");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static long usedAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }

  private static boolean printSummary(
      ComplianceDataGenerator.Size size,
      int year,
      String database,
      double loadSeconds,
      StandingTree tree,
      List<Timing> timings,
      Heap heap,
      CountingStream csv,
      Expectations expectations) {
    var total = tree.total();
    boolean inTime = heap.flat();
    System.out.println();
    System.out.println("=".repeat(92));
    System.out.printf(
        " Compliance benchmark: %,d employees, %,d units, %,d ledger entries; training year %d%n",
        size.employees(), size.units(), size.entries(), year);
    System.out.printf(
        " Database: %s; %d processors, Java %s, heap max %,d MB%n",
        database,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version().feature(),
        mb(Runtime.getRuntime().maxMemory()));
    System.out.printf(
        " Load: %.1f s. The year: %,d people, %,d owe hours; %,d met the target, %,d the floor only,"
            + " %,d below it%n",
        loadSeconds,
        total.people(),
        total.owing(),
        total.metTarget(),
        total.floorOnly(),
        total.belowFloor());
    inTime &= Timing.printTable(timings, 92);
    System.out.printf(
        " CSV export heap: used after GC before %,d MB; peak during %,d MB (memory pools), %,d MB"
            + " (sampled)%n",
        heap.beforeMb(), heap.peakPoolsMb(), heap.peakSampledMb());
    System.out.printf(
        " Live heap during the export (%d full GCs): at most %,d MB, %+d MB; after it %,d MB"
            + "  (<= +%d MB) %s%n",
        heap.liveSamples(),
        heap.liveMaxMb(),
        heap.growthMb(),
        heap.afterMb(),
        HEAP_GROWTH_LIMIT_MB,
        heap.flat() ? "PASS" : "FAIL");
    System.out.printf(
        " CSV file: %,d lines, %,d bytes, %s%n",
        csv.lines(), csv.bytes(), csv.startsWithBom() ? "UTF-8 with BOM" : "NO BOM");
    return expectations.printResult(inTime, 92);
  }

  /** Counts what an export writes, and keeps its first bytes, instead of keeping the file. */
  private static final class CountingStream extends OutputStream {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final byte[] start = new byte[BOM.length];
    private long bytes;
    private long lines;

    @Override
    public void write(int b) {
      if (bytes < start.length) {
        start[(int) bytes] = (byte) b;
      }
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        write(b[i]);
      }
    }

    long bytes() {
      return bytes;
    }

    long lines() {
      return lines;
    }

    boolean startsWithBom() {
      return Arrays.equals(start, BOM);
    }
  }
}
