package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.control.UploadLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterFileReaderTest {

  private static final Charset CP949 = Charset.forName("x-windows-949");
  private static final Predicate<String> KNOWN_UNITS = Set.of("CN-0001", "CN-0002")::contains;

  private static final String HEADER =
      "employee_number,name,email,org_unit_code,position,grade,senior_official,hire_date,"
          + "employment_type,status,status_since\n";

  private static final String KOREAN_SAMPLE =
      "사번,성명,이메일,부서코드,직위,직급,고위공직자,입사일,고용형태,재직상태,상태시작일\n"
          + "2019-00123,김민준,e201900123@cheongnam.go.kr,CN-0001,주무관,7급,N,2019-03-02,정규직,재직,\n"
          + "2001-00007,이서연,,CN-0002,과장,4급,예,2001.07.16,정규직,휴직,20240301\n";

  private final RosterFileReader reader = new RosterFileReader();

  private RosterFile read(String text) {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), "roster.csv", KNOWN_UNITS);
  }

  private static RosterProblem onlyProblem(RosterFile file) {
    assertEquals(1, file.problems().size(), () -> "problems: " + file.problems());
    return file.problems().get(0);
  }

  private static void assertProblem(
      RosterFile file, int line, String column, String key, String... args) {
    RosterProblem problem = onlyProblem(file);
    assertEquals(new RosterProblem(line, column, key, List.of(args)), problem);
  }

  @Test
  void readsKoreanHeadersAndValuesIntoRows() {
    RosterFile file = read(KOREAN_SAMPLE);

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(
        List.of(
            new RosterRow(
                2,
                "2019-00123",
                "김민준",
                "e201900123@cheongnam.go.kr",
                "CN-0001",
                "주무관",
                "7급",
                false,
                LocalDate.of(2019, 3, 2),
                EmploymentType.REGULAR,
                EmploymentStatus.ACTIVE,
                LocalDate.of(2019, 3, 2)),
            new RosterRow(
                3,
                "2001-00007",
                "이서연",
                null,
                "CN-0002",
                "과장",
                "4급",
                true,
                LocalDate.of(2001, 7, 16),
                EmploymentType.REGULAR,
                EmploymentStatus.ON_LEAVE,
                LocalDate.of(2024, 3, 1))),
        file.rows());
  }

  @Test
  void readsUtf8WithBomUtf8WithoutBomAndCp949AsTheSameRows() {
    byte[] withoutBom = KOREAN_SAMPLE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = ("\uFEFF" + KOREAN_SAMPLE).getBytes(StandardCharsets.UTF_8);
    byte[] cp949 = KOREAN_SAMPLE.getBytes(CP949);

    RosterFile fromUtf8 = reader.read(withoutBom, "a.csv", KNOWN_UNITS);
    RosterFile fromBom = reader.read(withBom, "b.csv", KNOWN_UNITS);
    RosterFile fromCp949 = reader.read(cp949, "c.csv", KNOWN_UNITS);

    assertEquals(2, fromUtf8.rows().size());
    assertEquals(fromUtf8.rows(), fromBom.rows());
    assertEquals(fromUtf8.rows(), fromCp949.rows());
    assertEquals(StandardCharsets.UTF_8, fromUtf8.charset());
    assertEquals(StandardCharsets.UTF_8, fromBom.charset());
    assertEquals(CP949, fromCp949.charset());
    assertTrue(fromCp949.isValid());
  }

  @Test
  void readsAFileStreamedAsTheBytesWouldRead(@TempDir Path folder) throws IOException {
    var cp949 = folder.resolve("cp949.csv");
    Files.write(cp949, KOREAN_SAMPLE.getBytes(CP949));
    var bom = folder.resolve("bom.csv");
    Files.writeString(bom, "\uFEFF" + KOREAN_SAMPLE);
    var xlsx = folder.resolve("명부.xlsx");
    Files.write(xlsx, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00});

    RosterFile fromCp949 = reader.read(cp949, "hr.csv", KNOWN_UNITS);
    RosterFile fromBom = reader.read(bom, "hr.csv", KNOWN_UNITS);

    assertEquals(read(KOREAN_SAMPLE).rows(), fromCp949.rows());
    assertEquals(CP949, fromCp949.charset());
    assertEquals("hr.csv", fromCp949.fileName());
    assertEquals(read(KOREAN_SAMPLE).rows(), fromBom.rows());
    assertEquals(StandardCharsets.UTF_8, fromBom.charset());
    assertProblem(
        reader.read(xlsx, "명부.xlsx", KNOWN_UNITS), 1, null, "file.spreadsheet", "명부.xlsx");
  }

  @Test
  void acceptsColumnsInAnyOrderWithOddCaseAndIgnoresUnknownColumns() {
    RosterFile file =
        read(
            " Hire_Date ,Remarks,ORG_UNIT_CODE,Name,Employee_Number\n2020-01-02,x,CN-0001,박지훈,A-1\n");

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    RosterRow row = file.rows().get(0);
    assertEquals("A-1", row.employeeNumber());
    assertEquals(EmploymentType.REGULAR, row.employmentType());
    assertEquals(EmploymentStatus.ACTIVE, row.status());
    assertEquals(row.hireDate(), row.statusSince());
    assertFalse(row.seniorOfficial());
  }

  @Test
  void reportsEachMissingRequiredColumnOnceOnTheHeaderLine() {
    RosterFile file = read("name,email\n최유진,a@b.kr\n정하늘,c@d.kr\n");

    assertEquals(
        List.of(
            new RosterProblem(1, null, "header.missing", "employee_number", "사번"),
            new RosterProblem(1, null, "header.missing", "org_unit_code", "부서코드"),
            new RosterProblem(1, null, "header.missing", "hire_date", "입사일")),
        file.problems());
    assertTrue(file.rows().isEmpty());
  }

  @Test
  void reportsAColumnGivenTwiceUnderBothNames() {
    RosterFile file =
        read("사번,name,org_unit_code,hire_date,employee_number\nA-1,강민수,CN-0001,2020-01-02,A-1\n");

    assertProblem(file, 1, "employee_number", "header.duplicate", "사번");
  }

  @Test
  void reportsABlankRequiredValueWithItsLineAndColumn() {
    RosterFile file = read(HEADER + "A-1, ,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, "name", "value.required");
  }

  @Test
  void reportsAnEmployeeNumberWithForbiddenCharacters() {
    RosterFile file = read(HEADER + "A 1,강민수,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, "employee_number", "employeeNumber.invalid", "A 1");
  }

  @Test
  void reportsAnEmployeeNumberLongerThanTwentyCharacters() {
    RosterFile file = read(HEADER + "123456789012345678901,강민수,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, "employee_number", "employeeNumber.invalid", "123456789012345678901");
  }

  @Test
  void reportsANameLongerThanFiftyCharacters() {
    String name = "가".repeat(51);
    RosterFile file = read(HEADER + "A-1," + name + ",,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, "name", "value.tooLong", "가".repeat(40) + "…", "51", "50");
  }

  @Test
  void reportsPositionAndGradeLongerThanFiftyCharacters() {
    String tooLong = "x".repeat(51);
    RosterFile file =
        read(HEADER + "A-1,강민수,,CN-0001," + tooLong + "," + tooLong + ",,2020-01-02,,,\n");

    assertEquals(
        List.of("position", "grade"), file.problems().stream().map(RosterProblem::column).toList());
  }

  @Test
  void reportsImplausibleEmailAddresses() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,강민수,CN-0001,,,,2020-01-02,,,\n"
                + "A-2,강민수,a@@b.kr,CN-0001,,,,2020-01-02,,,\n"
                + "A-3,강민수,a@localhost,CN-0001,,,,2020-01-02,,,\n"
                + "A-4,강민수,a b@c.kr,CN-0001,,,,2020-01-02,,,\n"
                + "A-5,강민수,a@b.kr,CN-0001,,,,2020-01-02,,,\n");

    assertEquals(
        List.of(
            new RosterProblem(2, "email", "email.invalid", "강민수"),
            new RosterProblem(3, "email", "email.invalid", "a@@b.kr"),
            new RosterProblem(4, "email", "email.invalid", "a@localhost"),
            new RosterProblem(5, "email", "email.invalid", "a b@c.kr")),
        file.problems());
    assertEquals(1, file.rows().size());
  }

  @Test
  void reportsAnEmailLongerThan254Characters() {
    String email = "a".repeat(250) + "@b.kr";
    RosterFile file = read(HEADER + "A-1,강민수," + email + ",CN-0001,,,,2020-01-02,,,\n");

    assertEquals("value.tooLong", onlyProblem(file).key());
    assertEquals(List.of("a".repeat(40) + "…", "255", "254"), onlyProblem(file).args());
  }

  @Test
  void acceptsDashedDottedAndCompactDates() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,,CN-0001,,,,2020-01-02,,,\n"
                + "A-2,강민수,,CN-0001,,,,2020.01.02,,,\n"
                + "A-3,강민수,,CN-0001,,,,20200102,,,\n");

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertTrue(file.rows().stream().allMatch(r -> r.hireDate().equals(LocalDate.of(2020, 1, 2))));
  }

  @Test
  void reportsAnImpossibleDateNamingWhatWasFound() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-0001,,,,2023-13-45,,,\n");

    assertProblem(file, 2, "hire_date", "date.invalid", "2023-13-45");
    assertEquals(
        "hire_date: '2023-13-45' is not a date (expected yyyy-MM-dd)",
        onlyProblem(file).message(Locale.ENGLISH));
  }

  @Test
  void reportsTheThirtiethOfFebruaryAsNoDate() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-0001,,,,2023.02.30,,,\n");

    assertProblem(file, 2, "hire_date", "date.invalid", "2023.02.30");
  }

  @Test
  void readsSeniorOfficialInEveryAcceptedSpelling() {
    StringBuilder csv = new StringBuilder(HEADER);
    List<String> spellings = List.of("Y", "n", "TRUE", "false", "예", "아니오", "1", "0", "");
    for (int i = 0; i < spellings.size(); i++) {
      csv.append("A-").append(i).append(",강민수,,CN-0001,,,").append(spellings.get(i));
      csv.append(",2020-01-02,,,\n");
    }

    RosterFile file = read(csv.toString());

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(
        List.of(true, false, true, false, true, false, true, false, false),
        file.rows().stream().map(RosterRow::seniorOfficial).toList());
  }

  @Test
  void reportsAnUnreadableSeniorOfficialFlag() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-0001,,,maybe,2020-01-02,,,\n");

    assertProblem(file, 2, "senior_official", "boolean.invalid", "maybe");
  }

  @Test
  void readsEmploymentTypesAndStatusesInEnglishAndKorean() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,,CN-0001,,,,2020-01-02,fixed_term,dispatched,2021-01-01\n"
                + "A-2,강민수,,CN-0001,,,,2020-01-02,계약직,퇴직,2021-01-01\n"
                + "A-3,강민수,,CN-0001,,,,2020-01-02,기간제,파견,2021-01-01\n");

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(
        List.of(EmploymentType.FIXED_TERM, EmploymentType.CONTRACT, EmploymentType.FIXED_TERM),
        file.rows().stream().map(RosterRow::employmentType).toList());
    assertEquals(
        List.of(EmploymentStatus.DISPATCHED, EmploymentStatus.LEFT, EmploymentStatus.DISPATCHED),
        file.rows().stream().map(RosterRow::status).toList());
  }

  @Test
  void reportsUnknownEmploymentTypeAndStatus() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-0001,,,,2020-01-02,인턴,retired,\n");

    assertEquals(
        List.of(
            new RosterProblem(2, "employment_type", "employmentType.unknown", "인턴"),
            new RosterProblem(2, "status", "status.unknown", "retired")),
        file.problems());
  }

  @Test
  void reportsAStatusThatStartsBeforeTheHireDate() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-0001,,,,2020-01-02,,ON_LEAVE,2019-12-31\n");

    assertProblem(
        file, 2, "status_since", "statusSince.beforeHireDate", "2019-12-31", "2020-01-02");
  }

  @Test
  void reportsADuplicateEmployeeNumberNamingTheFirstLine() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,,CN-0001,,,,2020-01-02,,,\n"
                + "A-2,윤서아,,CN-0001,,,,2020-01-02,,,\n"
                + "a-1,장도윤,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 4, "employee_number", "employeeNumber.duplicate", "a-1", "2");
    assertEquals(
        "employee_number: 'a-1' already appears on line 2",
        onlyProblem(file).message(Locale.ENGLISH));
  }

  @Test
  void reportsAnUnknownOrgUnitCode() {
    RosterFile file = read(HEADER + "A-1,강민수,,CN-9999,,,,2020-01-02,,,\n");

    assertProblem(file, 2, "org_unit_code", "orgUnit.unknown", "CN-9999");
  }

  @Test
  void reportsALineWithTheWrongNumberOfFields() {
    RosterFile file =
        read(HEADER + "A-1,강민수,,CN-0001,,,,2020-01-02,,\n" + "A-2,강민수,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, null, "record.fieldCount", "10", "11");
    assertEquals(1, file.rows().size());
  }

  @Test
  void reportsEveryProblemOfEveryLineInOneGo() {
    RosterFile file =
        read(
            HEADER
                + "A-1,,bad,CN-0001,,,,2020-01-02,,,\n"
                + "A 2,강민수,,CN-9999,,,,2020-02-30,,,\n"
                + "A-3,강민수,,CN-0001,,,,2020-01-02,,,\n"
                + "A-4,강민수,,,,,x,,temp,,\n");

    assertEquals(
        List.of(
            new RosterProblem(2, "name", "value.required"),
            new RosterProblem(2, "email", "email.invalid", "bad"),
            new RosterProblem(3, "employee_number", "employeeNumber.invalid", "A 2"),
            new RosterProblem(3, "org_unit_code", "orgUnit.unknown", "CN-9999"),
            new RosterProblem(3, "hire_date", "date.invalid", "2020-02-30"),
            new RosterProblem(5, "org_unit_code", "value.required"),
            new RosterProblem(5, "senior_official", "boolean.invalid", "x"),
            new RosterProblem(5, "hire_date", "value.required"),
            new RosterProblem(5, "employment_type", "employmentType.unknown", "temp")),
        file.problems());
    assertEquals(List.of(4), file.rows().stream().map(RosterRow::line).toList());
    assertFalse(file.isValid());
  }

  @Test
  void countsPhysicalLinesAcrossMultiLineFieldsAndBlankLines() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,,CN-0001,\"주무관\n(행정)\",,,2020-01-02,,,\n"
                + "\n"
                + ",,,,,,,,,,\n"
                + "A-2,강민수,,CN-0001,,,,2020-13-01,,,\n");

    assertEquals("주무관\n(행정)", file.rows().get(0).position());
    assertProblem(file, 6, "hire_date", "date.invalid", "2020-13-01");
  }

  @Test
  void countsWindowsLineEndings() {
    RosterFile file = read(HEADER.replace("\n", "\r\n") + "\r\nA-1,강민수,,CN-0001,,,,x,,,\r\n");

    assertProblem(file, 3, "hire_date", "date.invalid", "x");
  }

  @Test
  void reportsAnUnclosedQuoteWithTheLineWhereItStartsAndStops() {
    RosterFile file =
        read(
            HEADER
                + "A-1,강민수,,CN-0001,,,,2020-01-02,,,\n"
                + "A-2,\"강민수,,CN-0001,,,,2020-01-02,,,\n"
                + "A-3,강민수,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 3, null, "file.malformed");
    assertEquals(1, file.rows().size());
  }

  @Test
  void reportsTextAfterAClosingQuoteAsMalformed() {
    RosterFile file = read(HEADER + "A-1,\"강민수\"x,,CN-0001,,,,2020-01-02,,,\n");

    assertProblem(file, 2, null, "file.malformed");
  }

  @Test
  void reportsAnEmptyFile() {
    RosterFile file = read("\n\n");

    assertProblem(file, 1, null, "file.empty");
  }

  @Test
  void theLargestRosterFitsInTheLargestRequestThatAFormTakesWithRoomForItsFields() {
    assertTrue(
        RosterFileReader.UPLOAD_LIMIT.bytes() + UploadLimit.MIB / 2
            <= UploadLimit.MOST_PER_FORM_REQUEST);
  }

  @Test
  void refusesAFileWithTheHeaderButNoEmployeeNamingIt() {
    RosterFile file = read(HEADER + "\n");

    assertProblem(file, 1, null, "file.noRows", "roster.csv");
    assertEquals(
        "roster.csv has the header line but no employee; nothing was imported.",
        onlyProblem(file).message(Locale.ENGLISH));
  }

  @Test
  void recognisesAnExcelWorkbookUploadedInsteadOfCsv() {
    byte[] xlsx = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00};

    RosterFile file = reader.read(xlsx, "명부.xlsx", KNOWN_UNITS);

    assertProblem(file, 1, null, "file.spreadsheet", "명부.xlsx");
  }

  @Test
  void explainsProblemsInKorean() {
    RosterFile file = read("사번,성명,부서코드,입사일\nA-1,강민수,CN-0001,2023-13-45\n");

    assertEquals(
        "입사일: '2023-13-45'은(는) 날짜가 아닙니다(yyyy-MM-dd 형식)", onlyProblem(file).message(Locale.KOREAN));
  }

  @Test
  void explainsProblemsInEnglishForLanguagesWithoutMessages() {
    RosterProblem problem = new RosterProblem(1, null, "header.missing", "name", "성명");

    assertEquals(
        "The required column name (성명) is missing from the header.",
        problem.message(Locale.FRENCH));
  }
}
