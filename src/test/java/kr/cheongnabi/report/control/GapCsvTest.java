package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class GapCsvTest {

  @Test
  void aNameThatExcelWouldRunAsAFormulaIsWrittenAsText() {
    var report =
        new GapReport() {
          @Override
          public void forEach(GapQuery query, StandingTree tree, Consumer<EmployeeGap> consumer) {
            consumer.accept(gap("=HYPERLINK(\"http://evil.example\",\"click\")", "-2+3"));
            consumer.accept(gap("@SUM(1+1)", "+cmd|' /C calc'!A0"));
          }
        };
    var out = new ByteArrayOutputStream();

    ReportsByHand.csv(
        report, GapQuery.everyoneOf(2025, 0), StandingTree.of(List.of()), Locale.ENGLISH, out);

    var csv = out.toString(StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), csv);
    assertTrue(csv.contains(",'-2+3,"), csv);
    assertTrue(csv.contains(",'@SUM(1+1),"), csv);
    assertTrue(csv.contains("'+cmd|' /C calc'!A0"), csv);
    assertTrue(csv.contains(",300,120,30,"), "minutes stay numbers: " + csv);
  }

  private static EmployeeGap gap(String name, String unitName) {
    return new EmployeeGap(
        1,
        "E000001",
        name,
        7,
        "AUD01",
        new Bilingual(unitName, unitName),
        EmploymentType.REGULAR,
        EmploymentStatus.ACTIVE,
        300,
        120,
        30,
        30,
        0,
        0,
        false,
        false);
  }
}
