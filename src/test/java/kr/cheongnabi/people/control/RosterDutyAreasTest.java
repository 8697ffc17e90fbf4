package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The optional duty-areas column of the roster: codes separated by semicolons or blanks. */
class RosterDutyAreasTest {

  private static final Set<String> UNITS = Set.of("CN-0001");
  private static final Set<String> AREAS = Set.of("construction", "procurement", "grants");

  private final RosterFileReader reader = new RosterFileReader();

  private RosterFile read(String text) {
    return reader.read(
        text.getBytes(StandardCharsets.UTF_8), "roster.csv", UNITS::contains, AREAS::contains);
  }

  @Test
  void readsSeveralCodesABlankCellAndTheKoreanHeader() {
    var file =
        read(
            "사번,성명,부서코드,입사일,부패취약분야\n"
                + "A-1,김건설,CN-0001,2020-01-02,construction; Procurement\n"
                + "A-2,이없음,CN-0001,2020-01-02,\n");

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertEquals(Set.of("construction", "procurement"), file.rows().get(0).dutyAreas());
    assertEquals(Set.of(), file.rows().get(1).dutyAreas(), "a blank cell clears the own areas");
  }

  @Test
  void aFileWithoutTheColumnLeavesTheAreasAsTheyAre() {
    var file = read("employee_number,name,org_unit_code,hire_date\nA-1,김건설,CN-0001,2020-01-02\n");

    assertTrue(file.isValid(), () -> "problems: " + file.problems());
    assertNull(file.rows().get(0).dutyAreas());
  }

  @Test
  void anUnknownCodeIsNamedByLineAndColumnAndNothingIsImported() {
    var file =
        read(
            "employee_number,name,org_unit_code,hire_date,duty_areas\n"
                + "A-1,김건설,CN-0001,2020-01-02,construction\n"
                + "A-2,이오타,CN-0001,2020-01-02,grants;constrution\n");

    assertEquals(
        List.of(new RosterProblem(3, "duty_areas", "dutyArea.unknown", List.of("constrution"))),
        file.problems());
    assertTrue(!file.isValid());
  }
}
