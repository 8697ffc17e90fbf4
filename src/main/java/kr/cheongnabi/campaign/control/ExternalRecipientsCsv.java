package kr.cheongnabi.campaign.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.cheongnabi.campaign.entity.RecipientKind;
import kr.cheongnabi.people.control.RosterEncoding;
import kr.cheongnabi.platform.control.CsvCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the list of external recipients HR uploads for a campaign: one header row (English or
 * Korean names, any order), then name, email, kind (CONTRACTOR, PARENT, OTHER or 계약업체, 학부모, 기타),
 * optional language (ko, en) and the consent: when (a date, or date and time) and how. A row
 * without consent is refused: nobody outside the roster gets a campaign without it. UTF-8 with or
 * without BOM, or CP949, as the roster.
 */
public final class ExternalRecipientsCsv {

  /** A problem of the file, by line (1 is the header) and column. */
  public record Problem(int line, String column, String key, String value) {}

  /** What the file held: the recipients when there is no problem. */
  public record Result(List<ExternalRecipient> recipients, List<Problem> problems) {
    public boolean isValid() {
      return problems.isEmpty() && !recipients.isEmpty();
    }
  }

  private enum Column {
    NAME("name", "이름"),
    EMAIL("email", "이메일"),
    KIND("kind", "구분"),
    LANGUAGE("language", "언어"),
    CONSENT_AT("consent_at", "동의일시"),
    CONSENT_HOW("consent_how", "동의방법");

    final String english;
    final String korean;

    Column(String english, String korean) {
      this.english = english;
      this.korean = korean;
    }
  }

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Map<String, RecipientKind> KINDS =
      Map.of(
          "CONTRACTOR", RecipientKind.CONTRACTOR,
          "PARENT", RecipientKind.PARENT,
          "OTHER", RecipientKind.OTHER,
          "계약업체", RecipientKind.CONTRACTOR,
          "학부모", RecipientKind.PARENT,
          "기타", RecipientKind.OTHER);

  private ExternalRecipientsCsv() {}

  public static Result read(byte[] content) {
    var charset = RosterEncoding.detect(content);
    var bom = RosterEncoding.bomLength(content);
    var recipients = new ArrayList<ExternalRecipient>();
    var problems = new ArrayList<Problem>();
    try (var reader =
            new InputStreamReader(
                new ByteArrayInputStream(content, bom, content.length - bom), charset);
        var parser = CSVFormat.DEFAULT.parse(reader)) {
      Map<Column, Integer> index = null;
      var seen = new HashSet<String>();
      for (var record : parser) {
        var line = (int) record.getRecordNumber();
        if (index == null) {
          index = header(record, problems);
          if (!problems.isEmpty()) {
            break;
          }
          continue;
        }
        row(record, line, index, seen, problems).ifPresent(recipients::add);
      }
      if (index == null) {
        problems.add(new Problem(1, null, "external.empty", null));
      } else if (problems.isEmpty() && recipients.isEmpty()) {
        problems.add(new Problem(1, null, "external.noRows", null));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Problem(1, null, "external.malformed", null));
    }
    return new Result(problems.isEmpty() ? recipients : List.of(), problems);
  }

  private static Map<Column, Integer> header(CSVRecord record, List<Problem> problems) {
    var index = new HashMap<Column, Integer>();
    for (int i = 0; i < record.size(); i++) {
      var cell = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      for (var column : Column.values()) {
        if (cell.equals(column.english) || cell.equals(column.korean)) {
          index.put(column, i);
        }
      }
    }
    for (var column : Column.values()) {
      if (column != Column.LANGUAGE && !index.containsKey(column)) {
        problems.add(new Problem(1, column.english, "external.missingColumn", column.korean));
      }
    }
    return index;
  }

  private static Optional<ExternalRecipient> row(
      CSVRecord record,
      int line,
      Map<Column, Integer> index,
      HashSet<String> seen,
      List<Problem> problems) {
    var before = problems.size();
    var name = value(record, index, Column.NAME);
    var email = value(record, index, Column.EMAIL);
    var kindText = value(record, index, Column.KIND);
    var language = value(record, index, Column.LANGUAGE);
    var consentAtText = value(record, index, Column.CONSENT_AT);
    var consentHow = value(record, index, Column.CONSENT_HOW);
    if (name == null && email == null && kindText == null && consentAtText == null) {
      return Optional.empty();
    }
    if (name == null || name.length() > 100) {
      problems.add(new Problem(line, Column.NAME.english, "external.name", name));
    }
    if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add(new Problem(line, Column.EMAIL.english, "external.email", email));
    } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
      problems.add(new Problem(line, Column.EMAIL.english, "external.duplicate", email));
    }
    var kind = kindText == null ? null : KINDS.get(kindText.toUpperCase(Locale.ROOT));
    if (kind == null) {
      problems.add(new Problem(line, Column.KIND.english, "external.kind", kindText));
    }
    if (language != null && !language.equals("ko") && !language.equals("en")) {
      problems.add(new Problem(line, Column.LANGUAGE.english, "external.language", language));
    }
    LocalDateTime consentAt = null;
    if (consentAtText == null || consentHow == null) {
      problems.add(
          new Problem(
              line,
              consentAtText == null ? Column.CONSENT_AT.english : Column.CONSENT_HOW.english,
              "external.noConsent",
              null));
    } else {
      consentAt = moment(consentAtText);
      if (consentAt == null) {
        problems.add(
            new Problem(line, Column.CONSENT_AT.english, "external.consentAt", consentAtText));
      } else if (consentHow.length() > 200) {
        problems.add(new Problem(line, Column.CONSENT_HOW.english, "external.tooLong", null));
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ExternalRecipient(
            line, name, email, kind, language == null ? "ko" : language, consentAt, consentHow));
  }

  /** "2026-03-02", "2026-03-02 14:30" or "2026-03-02T14:30". */
  private static LocalDateTime moment(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String value(CSVRecord record, Map<Column, Integer> index, Column column) {
    var i = index.get(column);
    if (i == null || i >= record.size()) {
      return null;
    }
    var value = CsvCell.plain(record.get(i).strip());
    return value.isEmpty() ? null : value;
  }
}
