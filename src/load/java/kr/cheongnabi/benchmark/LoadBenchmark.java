package kr.cheongnabi.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.gatling.app.Gatling$;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The load benchmark ({@code ./mvnw -Pload-benchmark}, see the README): quiz takers in levels
 * against Payara Micro on an embedded MariaDB (or {@code DB_URL}, or a running server given by
 * {@code -Dload.url}), driven by Gatling in this JVM; then the raw insert baseline at each level's
 * concurrency, the check that every acknowledged answer is stored, and the table. Exits with 1 when
 * an acknowledged answer is missing.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    var plan = LoadPlan.from(System::getProperty);
    var url = System.getProperty("load.url", "").trim();
    int port = Integer.getInteger("load.port", 8180);
    int dbPort = Integer.getInteger("load.dbPort", 0);
    var results = Path.of(System.getProperty("load.results", "target/load-benchmark"));
    var dbUrl = System.getenv("DB_URL");
    if (!url.isEmpty() && (dbUrl == null || dbUrl.isBlank())) {
      System.err.println(
          "-Dload.url needs DB_URL, DB_USER and DB_PASSWORD of that server's database: the"
              + " benchmark writes its people and quizzes there and checks the answers.");
      System.exit(2);
    }
    Files.createDirectories(results);
    var before = MachineLoad.now();
    System.out.println("Machine: " + before);
    System.out.println(describe(plan));
    BenchmarkDatabase.runAndExit(
        "%,d employees with sign-ins, three quizzes and their attempts".formatted(plan.accounts()),
        false,
        dbPort,
        database -> run(database, plan, url, port, results, before));
  }

  private static boolean run(
      BenchmarkDatabase database,
      LoadPlan plan,
      String url,
      int port,
      Path results,
      MachineLoad before)
      throws Exception {
    try (var pool = pool(database)) {
      String describedDatabase;
      try (var connection = pool.getConnection()) {
        describedDatabase = database.describe(connection);
      }
      System.out.printf("Writing %,d people and three quizzes…%n", plan.accounts());
      var data = LoadData.create(pool, plan.accounts());
      try (var server =
          url.isEmpty()
              ? AppServer.start(database, port, results.resolve("payara.log"))
              : AppServer.running(url)) {
        var acknowledged = new AcknowledgedAnswers();
        TakersSimulation.prepare(new TakersSimulation.Run(server.url(), plan, data, acknowledged));
        var gatlingResults = results.resolve("gatling");
        var cpu = CpuShares.start();
        int status;
        try {
          status =
              Gatling$.MODULE$.fromArgs(
                  new String[] {
                    "-s", TakersSimulation.class.getName(),
                    "-rf", gatlingResults.toString(),
                    "-rd", "Cheongnabi quiz takers, levels " + levels(plan)
                  });
        } finally {
          cpu.ifPresent(CpuShares::close);
        }
        var shares = windowShares(plan, cpu);
        if (status != 0) {
          System.err.println("Gatling ended with status " + status);
        }
        var gatling = GatlingResults.latest(gatlingResults);
        acknowledged.writeTo(results.resolve("acknowledged-answers.csv"));

        var baseline = new RawInsertBaseline(pool, data, plan);
        var raw = new ArrayList<RawInsertBaseline.Result>();
        for (int i = 0; i < plan.levels().size(); i++) {
          int takers = plan.levels().get(i).takers();
          System.out.printf("Raw insert baseline with %,d people…%n", takers);
          raw.add(baseline.run(i + 1, takers));
        }
        var check = AnswerCheck.run(pool, data, acknowledged);
        var setting =
            "%s, %s, app at %s".formatted(describe(plan), describedDatabase, server.url());
        new LoadReport(plan, gatling, raw, shares, check, System.out)
            .print(setting, before, MachineLoad.now());
        return check.passed();
      }
    }
  }

  /** Who used the processors during each level's window; empty where that could not be read. */
  private static List<Optional<CpuShares.Shares>> windowShares(
      LoadPlan plan, Optional<CpuShares> cpu) {
    long start = TakersSimulation.startedAt();
    return plan.levels().stream()
        .map(
            level ->
                cpu.flatMap(
                    c ->
                        c.between(
                            start + level.windowStart() * 1_000_000L,
                            start + level.windowEnd() * 1_000_000L)))
        .toList();
  }

  /** As many connections as the application's pool, for the set-up and the raw inserts. */
  private static HikariDataSource pool(BenchmarkDatabase database) {
    var config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setUsername(database.user());
    config.setPassword(database.password());
    config.setMaximumPoolSize(RawInsertBaseline.POOL_SIZE);
    config.setPoolName("load-benchmark");
    return new HikariDataSource(config);
  }

  private static String describe(LoadPlan plan) {
    return "levels %s takers, %d s measured each after %d s settling, think %d–%d s, sign-ins at %s/s"
        .formatted(
            levels(plan),
            plan.window().toSeconds(),
            plan.settle().toSeconds(),
            plan.think().min().toSeconds(),
            plan.think().max().toSeconds(),
            plan.signInRate());
  }

  private static String levels(LoadPlan plan) {
    return plan.levels().stream()
        .map(l -> "%,d".formatted(l.takers()))
        .collect(Collectors.joining(" / "));
  }
}
