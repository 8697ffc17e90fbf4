package kr.cheongnabi.people.control;

import static kr.cheongnabi.people.control.RosterColumn.DUTY_AREAS;
import static kr.cheongnabi.people.control.RosterColumn.EMAIL;
import static kr.cheongnabi.people.control.RosterColumn.EMPLOYEE_NUMBER;
import static kr.cheongnabi.people.control.RosterColumn.EMPLOYMENT_TYPE;
import static kr.cheongnabi.people.control.RosterColumn.GRADE;
import static kr.cheongnabi.people.control.RosterColumn.HIRE_DATE;
import static kr.cheongnabi.people.control.RosterColumn.NAME;
import static kr.cheongnabi.people.control.RosterColumn.ORG_UNIT_CODE;
import static kr.cheongnabi.people.control.RosterColumn.POSITION;
import static kr.cheongnabi.people.control.RosterColumn.SENIOR_OFFICIAL;
import static kr.cheongnabi.people.control.RosterColumn.STATUS;
import static kr.cheongnabi.people.control.RosterColumn.STATUS_SINCE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks the records of one roster file, one after another, against every rule, collecting all
 * problems instead of stopping at the first: an HR officer fixes a whole file in one go.
 */
final class RosterRecordValidator {

  private static final Pattern EMPLOYEE_NUMBER_FORMAT = Pattern.compile("[A-Za-z0-9-]{1,20}");
  private static final int MAX_TEXT = 50;
  private static final int MAX_EMAIL = 254;
  private static final int MAX_SHOWN = 40;

  private static final DateTimeFormatter DOTTED =
      DateTimeFormatter.ofPattern("uuuu.MM.dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter COMPACT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private static final Map<String, Boolean> BOOLEANS =
      Map.of(
          "Y", true, "N", false, "TRUE", true, "FALSE", false, "예", true, "아니오", false, "1", true,
          "0", false);
  private static final Map<String, EmploymentType> EMPLOYMENT_TYPES =
      vocabulary(EmploymentType.values(), "정규직", "기간제", "계약직");
  private static final Map<String, EmploymentStatus> STATUSES =
      vocabulary(EmploymentStatus.values(), "재직", "휴직", "파견", "퇴직");

  private final RosterHeader header;
  private final Predicate<String> knownOrgUnit;
  private final Predicate<String> knownDutyArea;
  private final List<RosterProblem> problems;
  // Upper-cased: the employee table's unique key compares case-insensitively (MySQL collation),
  // so "ab-1" and "AB-1" would collide on import even though they differ here.
  private final Map<String, Integer> firstLineOfNumber = new HashMap<>();

  RosterRecordValidator(
      RosterHeader header,
      Predicate<String> knownOrgUnit,
      Predicate<String> knownDutyArea,
      List<RosterProblem> problems) {
    this.header = header;
    this.knownOrgUnit = knownOrgUnit;
    this.knownDutyArea = knownDutyArea;
    this.problems = problems;
  }

  /** The row the record describes, or null when it has problems (added to the shared list). */
  RosterRow validate(CSVRecord record, int line) {
    if (record.size() != header.size()) {
      // The values would be matched to the wrong columns, so checking them would only mislead.
      problems.add(
          new RosterProblem(line, null, "record.fieldCount", record.size(), header.size()));
      return null;
    }
    int problemsBefore = problems.size();

    String number = required(record, line, EMPLOYEE_NUMBER);
    if (number != null) {
      checkEmployeeNumber(number, line);
    }
    String name = text(record, line, NAME);
    String email = email(record, line);
    String orgUnit = required(record, line, ORG_UNIT_CODE);
    if (orgUnit != null && !knownOrgUnit.test(orgUnit)) {
      problem(line, ORG_UNIT_CODE, "orgUnit.unknown", shown(orgUnit));
    }
    String position = text(record, line, POSITION);
    String grade = text(record, line, GRADE);
    Boolean senior = seniorOfficial(record, line);
    LocalDate hireDate = date(record, line, HIRE_DATE);
    EmploymentType type = term(record, line, EMPLOYMENT_TYPE, EMPLOYMENT_TYPES);
    EmploymentStatus status = term(record, line, STATUS, STATUSES);
    LocalDate statusSince = date(record, line, STATUS_SINCE);
    Set<String> dutyAreas = dutyAreas(record, line);
    if (statusSince != null && hireDate != null && statusSince.isBefore(hireDate)) {
      problem(
          line,
          STATUS_SINCE,
          "statusSince.beforeHireDate",
          header.value(record, STATUS_SINCE),
          hireDate);
    }

    if (problems.size() > problemsBefore || !header.isComplete()) {
      return null;
    }
    return new RosterRow(
        line,
        number,
        name,
        email,
        orgUnit,
        position,
        grade,
        senior,
        hireDate,
        type == null ? EmploymentType.REGULAR : type,
        status == null ? EmploymentStatus.ACTIVE : status,
        statusSince == null ? hireDate : statusSince,
        dutyAreas);
  }

  /**
   * The codes of the duty areas column, separated by semicolons or blanks; null when the file has
   * no such column, empty when the cell is blank.
   */
  private Set<String> dutyAreas(CSVRecord record, int line) {
    if (!header.has(DUTY_AREAS)) {
      return null;
    }
    String value = header.value(record, DUTY_AREAS);
    var codes = new TreeSet<String>();
    if (value == null) {
      return codes;
    }
    for (String code : value.split("[;\\s]+")) {
      if (code.isEmpty()) {
        continue;
      }
      if (knownDutyArea.test(code.toLowerCase(Locale.ROOT))) {
        codes.add(code.toLowerCase(Locale.ROOT));
      } else {
        problem(line, DUTY_AREAS, "dutyArea.unknown", shown(code));
      }
    }
    return codes;
  }

  private void checkEmployeeNumber(String number, int line) {
    if (!EMPLOYEE_NUMBER_FORMAT.matcher(number).matches()) {
      problem(line, EMPLOYEE_NUMBER, "employeeNumber.invalid", shown(number));
      return;
    }
    Integer firstLine = firstLineOfNumber.putIfAbsent(number.toUpperCase(Locale.ROOT), line);
    if (firstLine != null) {
      problem(line, EMPLOYEE_NUMBER, "employeeNumber.duplicate", number, firstLine);
    }
  }

  private String required(CSVRecord record, int line, RosterColumn column) {
    String value = header.value(record, column);
    if (value == null && header.has(column)) {
      problem(line, column, "value.required");
    }
    return value;
  }

  private String text(CSVRecord record, int line, RosterColumn column) {
    String value =
        column.required() ? required(record, line, column) : header.value(record, column);
    if (value != null && length(value) > MAX_TEXT) {
      problem(line, column, "value.tooLong", shown(value), length(value), MAX_TEXT);
    }
    return value;
  }

  private String email(CSVRecord record, int line) {
    String value = header.value(record, EMAIL);
    if (value == null) {
      return null;
    }
    if (length(value) > MAX_EMAIL) {
      problem(line, EMAIL, "value.tooLong", shown(value), length(value), MAX_EMAIL);
    } else if (!isPlausibleEmail(value)) {
      problem(line, EMAIL, "email.invalid", shown(value));
    }
    return value;
  }

  // Deliberately loose: the mail server is the real judge; this catches names typed into the
  // e-mail column and addresses cut off by a spreadsheet.
  private static boolean isPlausibleEmail(String value) {
    int at = value.indexOf('@');
    if (at < 1 || at != value.lastIndexOf('@') || value.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    String domain = value.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    return dot > 0 && dot < domain.length() - 1 && !domain.startsWith(".");
  }

  private Boolean seniorOfficial(CSVRecord record, int line) {
    String value = header.value(record, SENIOR_OFFICIAL);
    if (value == null) {
      return false;
    }
    Boolean senior = BOOLEANS.get(value.toUpperCase(Locale.ROOT));
    if (senior == null) {
      problem(line, SENIOR_OFFICIAL, "boolean.invalid", shown(value));
    }
    return senior;
  }

  private LocalDate date(CSVRecord record, int line, RosterColumn column) {
    String value =
        column.required() ? required(record, line, column) : header.value(record, column);
    if (value == null) {
      return null;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      problem(line, column, "date.invalid", shown(value));
    }
    return date;
  }

  // The shape picks the format, so a bad date costs one parse attempt rather than three.
  private static LocalDate parseDate(String value) {
    DateTimeFormatter format;
    if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
      format = DateTimeFormatter.ISO_LOCAL_DATE;
    } else if (value.length() == 10 && value.charAt(4) == '.' && value.charAt(7) == '.') {
      format = DOTTED;
    } else if (value.length() == 8 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      format = COMPACT;
    } else {
      return null;
    }
    try {
      return LocalDate.parse(value, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private <T> T term(CSVRecord record, int line, RosterColumn column, Map<String, T> vocabulary) {
    String value = header.value(record, column);
    if (value == null) {
      return null;
    }
    T term = vocabulary.get(normalisedTerm(value));
    if (term == null) {
      problem(
          line,
          column,
          column == STATUS ? "status.unknown" : "employmentType.unknown",
          shown(value));
    }
    return term;
  }

  private static String normalisedTerm(String value) {
    return value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static <E extends Enum<E>> Map<String, E> vocabulary(E[] constants, String... korean) {
    var terms = new HashMap<String, E>();
    for (int i = 0; i < constants.length; i++) {
      terms.put(constants[i].name(), constants[i]);
      terms.put(korean[i], constants[i]);
    }
    return Map.copyOf(terms);
  }

  private void problem(int line, RosterColumn column, String key, Object... args) {
    problems.add(new RosterProblem(line, header.text(column), key, args));
  }

  private static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  // Problems quote what they found; a pasted paragraph should not fill the screen.
  private static String shown(String value) {
    return length(value) <= MAX_SHOWN
        ? value
        : value.substring(0, value.offsetByCodePoints(0, MAX_SHOWN)) + "…";
  }
}
