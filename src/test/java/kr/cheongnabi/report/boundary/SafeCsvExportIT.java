package kr.cheongnabi.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.testing.ClientTest;
import kr.cheongnabi.testing.FormClient;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.Test;

/** HR's CSV export never hands Excel a formula that an employee's or unit's name smuggled in. */
class SafeCsvExportIT extends ClientTest {

  private static final int YEAR = TrainingYear.of(Instant.now()).value();

  @Test
  void namesThatExcelWouldRunAsFormulasComeOutAsText() throws Exception {
    var unit = data.unit(TestData.unique("CSV"), "@SUM(1+1)", "@SUM(1+1)");
    var link =
        data.employee(TestData.unique("C"), "=HYPERLINK(\"http://evil.example\",\"x\")", unit);
    var command = data.employee(TestData.unique("C"), "+cmd|/C calc!A0", unit);
    var sum = data.employee(TestData.unique("C"), "-2+3", unit);
    for (var employee : new long[] {link, command, sum}) {
      data.obligation(YEAR, employee, 300, 120, false);
    }
    var client = new FormClient(base.toString());
    client.signIn(account("csv", null, "HR"), PASSWORD);

    var response = client.download("/hr/export/gaps.csv?year=" + YEAR + "&unit=" + unit);

    assertEquals(200, response.statusCode());
    var csv = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(4, csv.split("\r\n").length, csv);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\","), csv);
    assertTrue(csv.contains(",'+cmd|/C calc!A0,"), csv);
    assertTrue(csv.contains(",'-2+3,"), csv);
    assertTrue(csv.contains(",'@SUM(1+1),"), csv);
    for (var line : csv.substring(1).split("\r\n")) {
      for (var cell : line.split(",")) {
        assertTrue(cell.isEmpty() || "=+@".indexOf(cell.charAt(0)) < 0, cell + " in " + line);
      }
    }
  }
}
