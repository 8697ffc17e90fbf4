package kr.cheongnabi.people.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import kr.cheongnabi.platform.control.FileSignature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the roster CSV that a city's HR system exports: detects the encoding, maps the header
 * (English or Korean, any order), and validates every record. Records are streamed, so memory grows
 * with the rows kept, not with the parser's view of the file.
 */
public class RosterFileReader {

  // Blank lines are kept as records so that the parser's line count stays in step with ours;
  // they are skipped below.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  // An .xlsx file is a zip archive, an .xls file an OLE2 compound document.
  private static final Set<String> SPREADSHEETS = Set.of(FileSignature.ZIP, FileSignature.OLE2);

  /**
   * Reads a whole upload; the encoding check needs every byte before parsing can begin.
   *
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   */
  public RosterFile read(InputStream content, String fileName, Predicate<String> knownOrgUnit)
      throws IOException {
    return read(content.readAllBytes(), fileName, knownOrgUnit);
  }

  /**
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   */
  public RosterFile read(byte[] content, String fileName, Predicate<String> knownOrgUnit) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(knownOrgUnit, "knownOrgUnit");
    Charset charset = RosterEncoding.detect(content);
    List<RosterRow> rows = new ArrayList<>();
    List<RosterProblem> problems = new ArrayList<>();
    if (isSpreadsheet(content)) {
      problems.add(new RosterProblem(1, null, "file.spreadsheet", fileName));
    } else {
      parse(content, charset, knownOrgUnit, rows, problems);
    }
    return new RosterFile(fileName, charset, rows, problems);
  }

  private static void parse(
      byte[] content,
      Charset charset,
      Predicate<String> knownOrgUnit,
      List<RosterRow> rows,
      List<RosterProblem> problems) {
    int bom = RosterEncoding.bomLength(content);
    var reader =
        new InputStreamReader(
            new ByteArrayInputStream(content, bom, content.length - bom), charset);
    // The line where the next record starts is one past the lines the parser has consumed;
    // counting this way stays right across quoted fields that span several lines.
    long linesConsumed = 0;
    try (CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      RosterRecordValidator validator = null;
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          int line = Math.toIntExact(linesConsumed + 1);
          linesConsumed = parser.getCurrentLineNumber();
          if (isBlank(record)) {
            continue;
          }
          if (validator == null) {
            var header = new RosterHeader(record, line);
            problems.addAll(header.problems());
            validator = new RosterRecordValidator(header, knownOrgUnit, problems);
            continue;
          }
          RosterRow row = validator.validate(record, line);
          if (row != null) {
            rows.add(row);
          }
        }
      } catch (UncheckedIOException malformed) {
        problems.add(new RosterProblem(Math.toIntExact(linesConsumed + 1), null, "file.malformed"));
        return;
      }
      if (validator == null) {
        problems.add(new RosterProblem(1, null, "file.empty"));
      }
    } catch (IOException e) {
      // Reading from a byte array does not fail; only the parser's signature says it might.
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpreadsheet(byte[] content) {
    return FileSignature.of(content, content.length).filter(SPREADSHEETS::contains).isPresent();
  }
}
