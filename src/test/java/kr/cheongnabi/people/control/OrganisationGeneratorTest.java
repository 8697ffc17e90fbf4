package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class OrganisationGeneratorTest {

  @Test
  void generatesTheSameOrganisationForTheSameSeed() {
    assertEquals(
        OrganisationGenerator.generate(7, 500, 40), OrganisationGenerator.generate(7, 500, 40));
  }

  @Test
  void generatesDifferentPeopleForADifferentSeed() {
    assertNotEquals(
        OrganisationGenerator.generate(7, 500, 40).employees(),
        OrganisationGenerator.generate(8, 500, 40).employees());
  }

  @Test
  void generatesExactlyTheUnitsAndEmployeesAskedFor() {
    for (int units : List.of(1, 2, 5, 25, 99, 100, 700, 3000)) {
      Organisation organisation = OrganisationGenerator.generate(1, 1234, units);

      assertEquals(units, organisation.units().size(), "units for " + units);
      assertEquals(1234, organisation.employees().size(), "employees for " + units);
    }
  }

  @Test
  void startsAtTheFictionalCityWithoutAParent() {
    UnitSeed root = OrganisationGenerator.generate(1, 10, 25).root();

    assertNull(root.parentCode());
    assertEquals("청렴시", root.nameKo());
    assertEquals("Cheongnam City", root.nameEn());
  }

  @Test
  void givesEveryOrganisationFromTwentyUnitsTheUnitsAnIntegrityDemoNeeds() {
    for (int units : List.of(20, 25, 60, 120, 700, 3000)) {
      Set<String> names =
          OrganisationGenerator.generate(1, 200, units).units().stream()
              .map(UnitSeed::nameKo)
              .collect(Collectors.toSet());

      assertTrue(
          names.containsAll(List.of("감사위원회", "청렴담당관", "인사과", "동구청")),
          () -> units + " units: " + names);
    }
  }

  @Test
  void usesUniqueUnitCodesAndListsEveryParentBeforeItsChildren() {
    Organisation organisation = OrganisationGenerator.generate(3, 0, 3000);

    Set<String> seen = new HashSet<>();
    for (UnitSeed unit : organisation.units()) {
      if (unit.parentCode() != null) {
        assertTrue(seen.contains(unit.parentCode()), unit::toString);
      }
      assertTrue(seen.add(unit.code()), () -> "duplicate " + unit.code());
    }
  }

  @Test
  void buildsATreeWithDistrictsDivisionsTeamsAndCommunityCentres() {
    Organisation organisation = OrganisationGenerator.generate(3, 0, 3000);
    Map<String, UnitSeed> byCode =
        organisation.units().stream()
            .collect(Collectors.toMap(UnitSeed::code, Function.identity()));

    int deepest = organisation.units().stream().mapToInt(u -> depth(u, byCode)).max().orElse(0);

    assertEquals(3, deepest);
    assertTrue(organisation.units().stream().anyMatch(u -> u.nameKo().endsWith("구청")));
    assertTrue(organisation.units().stream().anyMatch(u -> u.nameKo().endsWith("행정복지센터")));
    assertTrue(organisation.units().stream().anyMatch(u -> u.nameKo().endsWith("팀")));
  }

  private static int depth(UnitSeed unit, Map<String, UnitSeed> byCode) {
    return unit.parentCode() == null ? 0 : 1 + depth(byCode.get(unit.parentCode()), byCode);
  }

  @Test
  void placesEveryEmployeeInAUnitThatExists() {
    Organisation organisation = OrganisationGenerator.generate(5, 5000, 300);

    Set<String> codes = organisation.unitCodes();
    assertTrue(organisation.employees().stream().allMatch(e -> codes.contains(e.orgUnitCode())));
  }

  @Test
  void givesEveryEmployeeAUniqueNumberAndMostAnEmail() {
    List<RosterRow> employees = OrganisationGenerator.generate(5, 20_000, 500).employees();

    assertEquals(
        employees.size(), employees.stream().map(RosterRow::employeeNumber).distinct().count());
    assertTrue(employees.stream().filter(e -> e.email() != null).count() > 19_000);
  }

  @Test
  void mixesEmploymentTypesStatusesAndSeniorOfficialsInRealisticShares() {
    List<RosterRow> employees = OrganisationGenerator.generate(11, 100_000, 3000).employees();

    assertShare(0.85, employees, e -> e.employmentType() == EmploymentType.REGULAR);
    assertShare(0.10, employees, e -> e.employmentType() == EmploymentType.FIXED_TERM);
    assertShare(0.05, employees, e -> e.employmentType() == EmploymentType.CONTRACT);
    assertShare(0.88, employees, e -> e.status() == EmploymentStatus.ACTIVE);
    assertShare(0.05, employees, e -> e.status() == EmploymentStatus.ON_LEAVE);
    assertShare(0.03, employees, e -> e.status() == EmploymentStatus.DISPATCHED);
    assertShare(0.04, employees, e -> e.status() == EmploymentStatus.LEFT);
    assertShare(0.03, employees, RosterRow::seniorOfficial);
    assertTrue(
        employees.stream()
            .filter(RosterRow::seniorOfficial)
            .allMatch(e -> e.grade().equals("3급") || e.grade().equals("4급")));
  }

  @Test
  void namesPeopleWithSurnamesAsCommonAsInKorea() {
    List<RosterRow> employees = OrganisationGenerator.generate(11, 20_000, 300).employees();
    Map<String, Long> bySurname =
        employees.stream()
            .collect(Collectors.groupingBy(e -> e.name().substring(0, 1), Collectors.counting()));

    assertTrue(bySurname.get("김") > bySurname.get("이"), bySurname::toString);
    assertTrue(bySurname.get("이") > bySurname.get("박"), bySurname::toString);
    assertTrue(bySurname.get("박") > bySurname.get("최"), bySurname::toString);
    assertTrue(employees.stream().allMatch(e -> e.name().length() == 3));
  }

  private static void assertShare(
      double expected, List<RosterRow> employees, java.util.function.Predicate<RosterRow> test) {
    double actual = employees.stream().filter(test).count() / (double) employees.size();
    assertEquals(expected, actual, 0.01);
  }

  @Test
  void spreadsHireDatesOverThirtyYearsWithStatusDatesNotBeforeThem() {
    List<RosterRow> employees = OrganisationGenerator.generate(11, 10_000, 300).employees();

    Set<Integer> years =
        employees.stream().map(e -> e.hireDate().getYear()).collect(Collectors.toSet());
    assertTrue(years.contains(1996) && years.contains(2024), years::toString);
    assertTrue(employees.stream().noneMatch(e -> e.statusSince().isBefore(e.hireDate())));
    assertTrue(
        employees.stream()
            .filter(e -> e.status() != EmploymentStatus.ACTIVE)
            .anyMatch(e -> e.statusSince().isAfter(e.hireDate())));
  }

  @Test
  void rejectsNonsensicalSizes() {
    assertThrows(IllegalArgumentException.class, () -> OrganisationGenerator.generate(1, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> OrganisationGenerator.generate(1, -1, 5));
  }

  @Test
  void roundTripsOneHundredThousandEmployeesThroughCsv() {
    Organisation organisation = OrganisationGenerator.generate(2025, 100_000, 3000);
    byte[] csv = RosterCsvWriter.write(organisation.employees());
    Set<String> codes = organisation.unitCodes();

    // How fast is for the benchmark (./mvnw -Pbenchmark); a timed test fails on a busy machine.
    RosterFile file = new RosterFileReader().read(csv, "cheongnam.csv", codes::contains);

    assertEquals(List.of(), file.problems());
    assertEquals(organisation.employees(), file.rows());
  }
}
