package kr.cheongnabi.learning.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.control.RosterEncoding;
import kr.cheongnabi.platform.control.UploadLimit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An attendance file as a trainer uploads it: a header with employee_number (or 사번) and,
 * optionally, name (or 성명) to check the number against; UTF-8 with or without a byte order mark, or
 * CP949 as Excel on Korean Windows saves it. Reading only checks the form of each line; whether the
 * people exist is checked against the database by {@link Attendances}.
 */
public record AttendanceFile(List<Line> lines, List<AttendanceProblem> problems) {

  public static final String NUMBER = "employee_number";
  public static final String NAME = "name";

  /** An attendance list names at most a few thousand people: a few lines of text each. */
  public static final UploadLimit UPLOAD_LIMIT = UploadLimit.mebibytes(2);

  /** A line naming one employee. */
  public record Line(int line, String employeeNumber, String name) {}

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

  public AttendanceFile {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  public static AttendanceFile read(byte[] content) {
    var lines = new ArrayList<Line>();
    var problems = new ArrayList<AttendanceProblem>();
    int bom = RosterEncoding.bomLength(content);
    var reader =
        new InputStreamReader(
            new ByteArrayInputStream(content, bom, content.length - bom),
            RosterEncoding.detect(content));
    long consumed = 0;
    int numberColumn = -1;
    int nameColumn = -1;
    boolean header = true;
    try (CSVParser parser = FORMAT.parse(reader)) {
      var records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = Math.toIntExact(consumed + 1);
        consumed = parser.getCurrentLineNumber();
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (header) {
          header = false;
          for (int i = 0; i < record.size(); i++) {
            var name = record.get(i).toLowerCase(Locale.ROOT);
            if (name.equals(NUMBER) || name.equals("사번")) {
              numberColumn = i;
            } else if (name.equals(NAME) || name.equals("성명")) {
              nameColumn = i;
            }
          }
          if (numberColumn < 0) {
            problems.add(AttendanceProblem.of(line, NUMBER, "session.csv.noNumberColumn"));
            return new AttendanceFile(lines, problems);
          }
          continue;
        }
        var number = numberColumn < record.size() ? record.get(numberColumn) : "";
        if (number.isBlank()) {
          problems.add(AttendanceProblem.of(line, NUMBER, "session.csv.numberMissing"));
          continue;
        }
        var name = nameColumn >= 0 && nameColumn < record.size() ? record.get(nameColumn) : "";
        lines.add(new Line(line, number, name));
      }
    } catch (UncheckedIOException malformed) {
      problems.add(
          AttendanceProblem.of(Math.toIntExact(consumed + 1), null, "session.csv.malformed"));
    } catch (IOException e) {
      // Reading from a byte array does not fail; only the parser's signature says it might.
      throw new UncheckedIOException(e);
    }
    if (header) {
      problems.add(AttendanceProblem.of(1, null, "session.csv.empty"));
    }
    return new AttendanceFile(lines, problems);
  }
}
