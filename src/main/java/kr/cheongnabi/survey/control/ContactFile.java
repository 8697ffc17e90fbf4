package kr.cheongnabi.survey.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.cheongnabi.people.control.RosterEncoding;
import kr.cheongnabi.survey.entity.RespondentGroup;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV of external contacts to invite (one per row, any columns HR has: name, email, phone…), read
 * as the roster is (UTF-8 with or without BOM, or CP949). The column {@code group} (or {@code 분야})
 * says each contact's dealings (construction, procurement, subsidies, complaints, in English or
 * Korean); without the column every row takes the group HR chose. All or nothing: every problem is
 * listed with its line and column.
 */
public final class ContactFile {

  static final int MAX_ROWS = SurveyCodes.MAX_AT_ONCE;
  private static final List<String> GROUP_COLUMN = List.of("group", "분야");
  private static final Map<String, RespondentGroup> KOREAN =
      Map.of(
          "공사", RespondentGroup.CONSTRUCTION,
          "용역·물품 계약", RespondentGroup.PROCUREMENT,
          "용역", RespondentGroup.PROCUREMENT,
          "물품", RespondentGroup.PROCUREMENT,
          "보조금", RespondentGroup.SUBSIDY,
          "민원", RespondentGroup.COMPLAINT);

  /** A contact: its line in the file, its cells as given, and its group. */
  public record Contact(int line, List<String> cells, RespondentGroup group) {}

  /** A problem: where (line, column; 0 and null for the whole file), a message key, values. */
  public record Problem(int line, String column, String key, List<Object> args) {}

  /** The header as given, and the contacts; or the problems. */
  public record Read(List<String> header, List<Contact> contacts, List<Problem> problems) {}

  private ContactFile() {}

  public static Read read(byte[] content, RespondentGroup fallback) {
    Charset charset = RosterEncoding.detect(content);
    int skip = RosterEncoding.bomLength(content);
    String text = new String(content, skip, content.length - skip, charset);
    List<Problem> problems = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.isEmpty()) {
        return new Read(List.of(), List.of(), List.of(problem(0, null, "survey.contacts.empty")));
      }
      List<String> header = records.get(0).toList().stream().map(String::strip).toList();
      int groupAt = -1;
      for (int i = 0; i < header.size(); i++) {
        if (GROUP_COLUMN.contains(header.get(i).toLowerCase(Locale.ROOT))) {
          groupAt = i;
        }
      }
      if (groupAt < 0 && fallback == null) {
        problems.add(problem(1, null, "survey.contacts.noGroup"));
      }
      if (records.size() - 1 > MAX_ROWS) {
        problems.add(problem(0, null, "survey.contacts.tooMany", records.size() - 1, MAX_ROWS));
      }
      for (CSVRecord record : records.subList(1, records.size())) {
        int line = (int) record.getRecordNumber();
        List<String> cells = record.toList();
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        RespondentGroup group = fallback;
        if (groupAt >= 0) {
          String given = groupAt < cells.size() ? cells.get(groupAt).strip() : "";
          group = given.isEmpty() ? fallback : groupOf(given);
          if (group == null) {
            problems.add(problem(line, header.get(groupAt), "survey.contacts.badGroup", given));
          }
        }
        contacts.add(new Contact(line, cells, group));
      }
      if (contacts.isEmpty() && problems.isEmpty()) {
        problems.add(problem(0, null, "survey.contacts.empty"));
      }
      return problems.isEmpty()
          ? new Read(header, contacts, List.of())
          : new Read(header, List.of(), problems);
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      return new Read(List.of(), List.of(), List.of(problem(0, null, "survey.contacts.broken")));
    }
  }

  static RespondentGroup groupOf(String given) {
    var korean = KOREAN.get(given);
    if (korean != null) {
      return korean;
    }
    for (RespondentGroup g : RespondentGroup.values()) {
      if (g.name().equalsIgnoreCase(given)) {
        return g;
      }
    }
    return null;
  }

  private static Problem problem(int line, String column, String key, Object... args) {
    return new Problem(line, column, key, List.of(args));
  }
}
