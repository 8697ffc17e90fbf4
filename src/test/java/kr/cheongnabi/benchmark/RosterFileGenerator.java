package kr.cheongnabi.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterCsvWriter;
import kr.cheongnabi.people.control.UnitSeed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a roster CSV of a generated organisation, to import by hand ({@code ./mvnw -Proster-file
 * -Drows=100000 -Dout=target/roster.csv}), and its units beside it ({@code roster-units.csv}): a
 * roster only imports into an organisation that has those units.
 */
public final class RosterFileGenerator {

  // The benchmark's seed, so that a file written here is the roster the benchmark measures.
  static final long SEED = 2026;

  private static final CSVFormat UNITS_FORMAT =
      CSVFormat.DEFAULT.builder().setHeader("code", "parent_code", "name_ko", "name_en").get();

  private RosterFileGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("Usage: RosterFileGenerator <rows> <units> <out.csv>");
      System.exit(2);
    }
    int rows = Integer.parseInt(args[0]);
    int units = Integer.parseInt(args[1]);
    Path roster = Path.of(args[2]).toAbsolutePath();
    Path unitsFile = roster.resolveSibling(baseName(roster) + "-units.csv");

    var org = OrganisationGenerator.generate(SEED, rows, units);
    Files.createDirectories(roster.getParent());
    try (var out = new BufferedOutputStream(Files.newOutputStream(roster))) {
      RosterCsvWriter.write(org.employees(), out);
    }
    writeUnits(org.units(), unitsFile);

    System.out.printf(
        "Roster: %,d employees, %s (%,d bytes)%n",
        org.employees().size(), roster, Files.size(roster));
    System.out.printf(
        "Units:  %,d units, %s (%,d bytes)%n",
        org.units().size(), unitsFile, Files.size(unitsFile));
    System.out.println("The roster imports only into an organisation that has these units.");
  }

  /** UTF-8 with a byte order mark, as the roster itself, so Korean Excel opens it as UTF-8. */
  private static void writeUnits(List<UnitSeed> units, Path file) throws IOException {
    try (Writer writer =
        new OutputStreamWriter(
            new BufferedOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
      // Before the printer: it writes the header as soon as it is made.
      writer.write('\uFEFF');
      var printer = new CSVPrinter(writer, UNITS_FORMAT);
      for (UnitSeed unit : units) {
        printer.printRecord(unit.code(), unit.parentCode(), unit.nameKo(), unit.nameEn());
      }
      printer.flush();
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase().endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
  }
}
