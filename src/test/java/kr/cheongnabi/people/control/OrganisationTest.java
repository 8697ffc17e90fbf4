package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private static final UnitSeed CITY = new UnitSeed("CN-0001", null, "청렴시", "Cheongnam City");
  private static final UnitSeed AUDIT =
      new UnitSeed("CN-0002", "CN-0001", "감사위원회", "Audit Committee");

  @Test
  void rejectsAUnitListedBeforeItsParent() {
    var integrity = new UnitSeed("CN-0003", "CN-0002", "청렴담당관", "Integrity Office");

    assertThrows(
        IllegalArgumentException.class,
        () -> new Organisation(List.of(CITY, integrity, AUDIT), List.of()));
  }

  @Test
  void rejectsTwoRoots() {
    var other = new UnitSeed("CN-0009", null, "다른시", "Other City");

    assertThrows(
        IllegalArgumentException.class, () -> new Organisation(List.of(CITY, other), List.of()));
  }

  @Test
  void rejectsAReusedUnitCode() {
    var again = new UnitSeed("CN-0002", "CN-0001", "감사담당관", "Audit Officer");

    assertThrows(
        IllegalArgumentException.class,
        () -> new Organisation(List.of(CITY, AUDIT, again), List.of()));
  }

  @Test
  void rejectsAnEmployeeInAnUnknownUnit() {
    var hired = LocalDate.of(2020, 1, 2);
    var employee =
        new RosterRow(
            2,
            "A-1",
            "김민준",
            null,
            "CN-0404",
            null,
            null,
            false,
            hired,
            EmploymentType.REGULAR,
            EmploymentStatus.ACTIVE,
            hired);

    assertThrows(
        IllegalArgumentException.class,
        () -> new Organisation(List.of(CITY, AUDIT), List.of(employee)));
  }
}
