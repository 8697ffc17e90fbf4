package kr.cheongnabi.learning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceFileTest {

  @Test
  void readsKoreanHeadersInCp949AsExcelSavesThem() {
    var file =
        AttendanceFile.read("성명,사번\r\n김청렴,A-1\r\n".getBytes(Charset.forName("x-windows-949")));
    assertEquals(List.of(new AttendanceFile.Line(2, "A-1", "김청렴")), file.lines());
    assertTrue(file.problems().isEmpty());
  }

  @Test
  void readsUtf8WithAByteOrderMarkAndSkipsBlankLines() {
    var file =
        AttendanceFile.read("\uFEFFemployee_number\n\nA-1\nA-2\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of("A-1", "A-2"),
        file.lines().stream().map(AttendanceFile.Line::employeeNumber).toList());
    assertEquals(4, file.lines().get(1).line());
  }

  @Test
  void namesTheLineOfAMissingNumberAndAFileWithoutTheColumn() {
    var missing =
        AttendanceFile.read("employee_number,name\nA-1,김\n,이\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            new AttendanceProblem(3, "employee_number", "session.csv.numberMissing", List.of())),
        missing.problems());
    var noColumn = AttendanceFile.read("name\n김\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("session.csv.noNumberColumn", noColumn.problems().get(0).messageKey());
    assertEquals(
        "session.csv.empty", AttendanceFile.read(new byte[0]).problems().get(0).messageKey());
  }

  @Test
  void aBrokenQuoteIsMalformedAtItsLine() {
    var file =
        AttendanceFile.read("employee_number\nA-1\n\"A-2\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("session.csv.malformed", file.problems().get(0).messageKey());
    assertEquals(3, file.problems().get(0).line());
  }
}
