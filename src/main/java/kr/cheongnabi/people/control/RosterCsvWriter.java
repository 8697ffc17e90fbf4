package kr.cheongnabi.people.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kr.cheongnabi.platform.control.CsvCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows in the format {@link RosterFileReader} reads: English headers, ISO dates, enum names,
 * UTF-8 with a byte order mark. The BOM is what makes Korean Excel open the file as UTF-8 instead
 * of CP949, so a downloaded template survives a round trip through a spreadsheet. Text that a
 * spreadsheet would run as a formula is written as {@link CsvCell} makes it safe, and read back as
 * it was.
 */
public final class RosterCsvWriter {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(
              Arrays.stream(RosterColumn.values())
                  // Without the column a re-import leaves the duty areas HR marked as they are.
                  .filter(column -> column != RosterColumn.DUTY_AREAS)
                  .map(RosterColumn::headerName)
                  .toArray(String[]::new))
          .get();

  private RosterCsvWriter() {}

  public static byte[] write(List<RosterRow> rows) {
    var bytes = new ByteArrayOutputStream(64 + rows.size() * 128);
    try {
      write(rows, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static void write(List<RosterRow> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    for (RosterRow row : rows) {
      printer.printRecord(
          CsvCell.row(
              Arrays.asList(
                  row.employeeNumber(),
                  row.name(),
                  row.email(),
                  row.orgUnitCode(),
                  row.position(),
                  row.grade(),
                  row.seniorOfficial() ? "Y" : "N",
                  row.hireDate(),
                  row.employmentType().name(),
                  row.status().name(),
                  row.statusSince())));
    }
    // Flushed, not closed: the caller owns the stream.
    printer.flush();
  }
}
