package kr.cheongnabi.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import kr.cheongnabi.benchmark.ComplianceDataGenerator.Obligation;
import kr.cheongnabi.people.control.OrganisationGenerator;
import kr.cheongnabi.people.control.RosterRow;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class ComplianceDataGeneratorTest {

  private static final int YEAR = 2026;

  @Test
  void anEmployeeActiveAllYearOwesTheTargetAndTheFloor() {
    var owed = obligation(LocalDate.of(2010, 3, 2), EmploymentStatus.ACTIVE, null);

    assertEquals(new Obligation(300, 120, 365, false, day(1, 1), day(12, 31)), owed);
  }

  @Test
  void aMidYearHireOwesTheShareOfTheYearLeftAndAFaceToFaceSession() {
    var owed = obligation(day(7, 1), EmploymentStatus.ACTIVE, null);

    assertEquals(new Obligation(151, 60, 184, true, day(7, 1), day(12, 31)), owed);
  }

  @Test
  void leaveFromTheFirstOfAprilLeavesTheFirstQuarterOwed() {
    var owed = obligation(LocalDate.of(2010, 3, 2), EmploymentStatus.ON_LEAVE, day(4, 1));

    assertEquals(new Obligation(74, 30, 90, false, day(1, 1), day(3, 31)), owed);
  }

  @Test
  void someoneDispatchedSinceLastYearOwesNothingButIsListed() {
    var owed =
        obligation(LocalDate.of(2010, 3, 2), EmploymentStatus.DISPATCHED, day(1, 1).minusDays(40));

    assertEquals(0, owed.owedMinutes());
    assertEquals(0, owed.countedDays());
  }

  @Test
  void someoneWhoLeftBeforeTheYearHasNoObligation() {
    var row = row(LocalDate.of(2010, 3, 2), EmploymentStatus.LEFT, day(1, 1));

    assertTrue(ComplianceDataGenerator.obligation(row, YEAR).isEmpty());
    assertTrue(ComplianceDataGenerator.obligation(row, YEAR - 1).isPresent());
  }

  @Test
  void sharesAddUpToTheTotalInProportionToTheWeights() {
    assertArrayEquals(
        new int[] {3, 0, 3, 4}, ComplianceDataGenerator.share(10, new double[] {1, 0, 1, 1.5}));
    var weights = new Random(1).doubles(10_000, 0, 12).toArray();

    assertEquals(2_000_000, IntStream.of(ComplianceDataGenerator.share(2_000_000, weights)).sum());
  }

  @Test
  void theOrganisationAsOfTheYearChangesStatusOnlyAfterHiringAndByTheEndOfNovember() {
    var rows = OrganisationGenerator.generate(5, 5000, 200).employees();

    var asOf = ComplianceDataGenerator.asOf(rows, YEAR, new Random(5));

    assertEquals(rows.size(), asOf.size());
    var hiredThisYear = asOf.stream().filter(r -> r.hireDate().getYear() == YEAR).count();
    assertTrue(hiredThisYear > 50, "hired in the year: " + hiredThisYear);
    for (var row : asOf) {
      if (row.status() == EmploymentStatus.ACTIVE) {
        continue;
      }
      assertTrue(row.statusSince().isAfter(row.hireDate()), row.toString());
      assertFalse(row.statusSince().isBefore(LocalDate.of(YEAR - 1, 1, 1)), row.toString());
      assertFalse(row.statusSince().isAfter(day(11, 30)), row.toString());
    }
  }

  private static Obligation obligation(LocalDate hired, EmploymentStatus status, LocalDate since) {
    return ComplianceDataGenerator.obligation(row(hired, status, since), YEAR).orElseThrow();
  }

  private static RosterRow row(LocalDate hired, EmploymentStatus status, LocalDate since) {
    return new RosterRow(
        2,
        "2010-00001",
        "김민준",
        null,
        "CN-0001",
        "주무관",
        "7급",
        false,
        hired,
        EmploymentType.REGULAR,
        status,
        since == null ? hired : since);
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }
}
