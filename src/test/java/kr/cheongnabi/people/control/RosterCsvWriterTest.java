package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class RosterCsvWriterTest {

  @Test
  void writesABomAndTheEnglishHeaderEvenWithoutRows() {
    String csv = new String(RosterCsvWriter.write(List.of()), StandardCharsets.UTF_8);

    assertEquals(
        "\uFEFFemployee_number,name,email,org_unit_code,position,grade,senior_official,"
            + "hire_date,employment_type,status,status_since\r\n",
        csv);
  }

  @Test
  void quotesValuesSoThatTheReaderGetsThemBackUnchanged() {
    var row =
        new RosterRow(
            2,
            "A-1",
            "김 \"민준\"",
            null,
            "CN-0001",
            "주무관,\n행정",
            null,
            true,
            LocalDate.of(2020, 1, 2),
            EmploymentType.FIXED_TERM,
            EmploymentStatus.LEFT,
            LocalDate.of(2024, 5, 6));
    var next =
        new RosterRow(
            4,
            "A-2",
            "이서연",
            "a@b.kr",
            "CN-0001",
            null,
            "7급",
            false,
            LocalDate.of(2021, 1, 2),
            EmploymentType.REGULAR,
            EmploymentStatus.ACTIVE,
            LocalDate.of(2021, 1, 2));

    RosterFile file =
        new RosterFileReader()
            .read(RosterCsvWriter.write(List.of(row, next)), "x.csv", "CN-0001"::equals);

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(List.of(row, next), file.rows());
  }

  @Test
  void writesFormulaLikeTextSafeForSpreadsheetsAndReadsItBackAsItWas() {
    var row =
        new RosterRow(
            2,
            "-A1",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            null,
            "CN-0001",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            false,
            LocalDate.of(2020, 1, 2),
            EmploymentType.REGULAR,
            EmploymentStatus.ACTIVE,
            LocalDate.of(2020, 1, 2));

    byte[] csv = RosterCsvWriter.write(List.of(row));
    String text = new String(csv, StandardCharsets.UTF_8);
    RosterFile file = new RosterFileReader().read(csv, "x.csv", "CN-0001"::equals);

    assertTrue(text.contains("'-A1,\"'=HYPERLINK("), text);
    assertTrue(text.contains("'+cmd|' /C calc'!A0,'@SUM(1+1)"), text);
    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(List.of(row), file.rows());
  }
}
