package kr.cheongnabi.benchmark;

import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.core.config.GatlingConfiguration$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The figures of a Gatling run, read from its {@code simulation.log} by Gatling's own reader, so
 * they are the figures of its HTML report. (Gatling 3.14 writes no JSON of its statistics; the
 * reader is its report generator's, a Scala API, hence the {@code Option}s.)
 */
final class GatlingResults {

  /** Response times in milliseconds; {@code failed} of {@code count} went wrong. */
  record Times(long count, long failed, int p50, int p95, int p99, int max) {
    static final Times NONE = new Times(0, 0, 0, 0, 0, 0);
  }

  private static final Pattern OUR_CHECK = Pattern.compile("^[\\w.()]*\\.is\\(ok\\), found ");

  private final Path folder;
  private final LogFileData data;
  private final Map<String, Option<Group>> requests = new LinkedHashMap<>();
  private final Map<String, Group> groups = new LinkedHashMap<>();

  private GatlingResults(Path folder, LogFileData data) {
    this.folder = folder;
    this.data = data;
    for (var path : CollectionConverters.asJava(data.statsPaths())) {
      if (path instanceof RequestStatsPath request) {
        requests.put(request.request(), request.group());
      } else if (path instanceof GroupStatsPath group) {
        groups.put(group.group().name(), group.group());
      }
    }
  }

  /** The latest run in the results folder. */
  static GatlingResults latest(Path resultsFolder) throws IOException {
    Path run;
    try (var runs = Files.list(resultsFolder)) {
      run =
          runs.filter(p -> Files.exists(p.resolve("simulation.log")))
              .max(Comparator.comparing(p -> p.toFile().lastModified()))
              .orElseThrow(() -> new IOException("No Gatling run in " + resultsFolder));
    }
    var configuration = GatlingConfiguration$.MODULE$.load();
    var data =
        LogFileReader.apply(run.getFileName().toString(), resultsFolder, configuration).read();
    return new GatlingResults(run, data);
  }

  Path report() {
    return folder.resolve("index.html");
  }

  /** A request's response times, all outcomes together. */
  Times request(String name) {
    var group = requests.get(name);
    if (group == null) {
      return Times.NONE;
    }
    var all = data.requestGeneralStats(Option.apply(name), group, Option.empty());
    var failed = data.requestGeneralStats(Option.apply(name), group, Option.apply(KO$.MODULE$));
    return times(all, failed);
  }

  /** How many of the request's responses passed their checks. */
  long succeeded(String name) {
    var group = requests.get(name);
    if (group == null) {
      return 0;
    }
    var ok = data.requestGeneralStats(Option.apply(name), group, Option.apply(OK$.MODULE$));
    return ok.isDefined() ? ok.get().count() : 0;
  }

  /** A group's times: the sum of its requests' response times, per virtual user. */
  Times group(String name) {
    var group = groups.get(name);
    if (group == null) {
      return Times.NONE;
    }
    return times(
        data.groupCumulatedResponseTimeGeneralStats(group, Option.empty()),
        data.groupCumulatedResponseTimeGeneralStats(group, Option.apply(KO$.MODULE$)));
  }

  /** Failed requests among those the filter names. */
  long failed(Predicate<String> names) {
    return requests.keySet().stream().filter(names).mapToLong(n -> request(n).failed()).sum();
  }

  /** Kinds of errors of the requests the filter names: "request: message" and how many. */
  Map<String, Long> errors(Predicate<String> names) {
    var kinds = new TreeMap<String, Long>();
    requests.forEach(
        (name, group) -> {
          if (names.test(name)) {
            for (var error : CollectionConverters.asJava(data.errors(Option.apply(name), group))) {
              kinds.merge(name + ": " + kind(error.message()), (long) error.count(), Long::sum);
            }
          }
        });
    return kinds;
  }

  /**
   * Gatling's message without the description of a check that compares with {@link QuizPages#OK}:
   * what follows "found" is already the problem in words.
   */
  static String kind(String message) {
    return OUR_CHECK.matcher(message).replaceFirst("");
  }

  private static Times times(Option<GeneralStats> all, Option<GeneralStats> failed) {
    if (all.isEmpty() || all.get().count() == 0) {
      return Times.NONE;
    }
    var s = all.get();
    return new Times(
        s.count(),
        failed.isDefined() ? failed.get().count() : 0,
        percentile(s, 50),
        percentile(s, 95),
        percentile(s, 99),
        s.max());
  }

  private static int percentile(GeneralStats stats, double rank) {
    return ((Number) stats.percentile().apply(rank)).intValue();
  }
}
