package kr.cheongnabi.people.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import kr.cheongnabi.platform.control.FileSignature;
import kr.cheongnabi.platform.control.UploadLimit;
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

  /** The most a roster upload may have: a city of 100,000 employees writes about 12 MiB. */
  public static final UploadLimit UPLOAD_LIMIT = UploadLimit.mebibytes(50);

  /**
   * Reads an upload kept in a file, twice and streamed: once to tell its encoding, which needs
   * every byte, then to parse it. Memory grows with the rows, not with the file.
   *
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   */
  public RosterFile read(Path content, String fileName, Predicate<String> knownOrgUnit)
      throws IOException {
    return read(content, fileName, knownOrgUnit, area -> false);
  }

  /**
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   * @param knownDutyArea whether a duty area code is in the maintained list
   */
  public RosterFile read(
      Path content,
      String fileName,
      Predicate<String> knownOrgUnit,
      Predicate<String> knownDutyArea)
      throws IOException {
    byte[] head;
    try (var in = Files.newInputStream(content)) {
      head = in.readNBytes(FileSignature.HEAD_BYTES);
    }
    Charset charset;
    try (var in = Files.newInputStream(content)) {
      charset = RosterEncoding.detect(in);
    }
    try (var in = Files.newInputStream(content)) {
      in.skipNBytes(RosterEncoding.bomLength(head));
      return read(
          head, new InputStreamReader(in, charset), charset, fileName, knownOrgUnit, knownDutyArea);
    }
  }

  /**
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   */
  public RosterFile read(byte[] content, String fileName, Predicate<String> knownOrgUnit) {
    return read(content, fileName, knownOrgUnit, area -> false);
  }

  /**
   * @param knownOrgUnit whether an org unit code exists in the organisation being imported into
   * @param knownDutyArea whether a duty area code is in the maintained list
   */
  public RosterFile read(
      byte[] content,
      String fileName,
      Predicate<String> knownOrgUnit,
      Predicate<String> knownDutyArea) {
    Charset charset = RosterEncoding.detect(content);
    int bom = RosterEncoding.bomLength(content);
    var reader =
        new InputStreamReader(
            new ByteArrayInputStream(content, bom, content.length - bom), charset);
    return read(content, reader, charset, fileName, knownOrgUnit, knownDutyArea);
  }

  private RosterFile read(
      byte[] head,
      Reader text,
      Charset charset,
      String fileName,
      Predicate<String> knownOrgUnit,
      Predicate<String> knownDutyArea) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(knownOrgUnit, "knownOrgUnit");
    List<RosterRow> rows = new ArrayList<>();
    List<RosterProblem> problems = new ArrayList<>();
    if (isSpreadsheet(head)) {
      problems.add(new RosterProblem(1, null, "file.spreadsheet", fileName));
    } else {
      parse(text, fileName, knownOrgUnit, knownDutyArea, rows, problems);
    }
    return new RosterFile(fileName, charset, rows, problems);
  }

  private static void parse(
      Reader reader,
      String fileName,
      Predicate<String> knownOrgUnit,
      Predicate<String> knownDutyArea,
      List<RosterRow> rows,
      List<RosterProblem> problems) {
    // The line where the next record starts is one past the lines the parser has consumed;
    // counting this way stays right across quoted fields that span several lines.
    long linesConsumed = 0;
    try (CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      RosterRecordValidator validator = null;
      boolean anyRecord = false;
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
            validator = new RosterRecordValidator(header, knownOrgUnit, knownDutyArea, problems);
            continue;
          }
          anyRecord = true;
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
      } else if (!anyRecord) {
        // Importing nothing would look like success to someone who uploaded the wrong export.
        problems.add(new RosterProblem(1, null, "file.noRows", fileName));
      }
    } catch (IOException e) {
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

  private static boolean isSpreadsheet(byte[] head) {
    return FileSignature.of(head, head.length).filter(SPREADSHEETS::contains).isPresent();
  }
}
