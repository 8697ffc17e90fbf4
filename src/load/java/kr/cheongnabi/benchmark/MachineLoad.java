package kr.cheongnabi.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The machine's load average and processors at a moment, to judge how quiet the machine was. */
record MachineLoad(LocalTime at, String loadAverage, int processors) {

  static MachineLoad now() {
    String load;
    try {
      // 1, 5 and 15 minutes on Linux; elsewhere the JVM knows the last minute only
      var fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load = fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
    } catch (IOException | RuntimeException notLinux) {
      load =
          "%.2f (1 min)"
              .formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    return new MachineLoad(
        LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
        load,
        Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String toString() {
    return "%s  load average %s on %d CPUs".formatted(at, loadAverage, processors);
  }
}
