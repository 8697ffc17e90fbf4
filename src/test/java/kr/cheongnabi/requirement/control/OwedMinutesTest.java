package kr.cheongnabi.requirement.control;

import static kr.cheongnabi.people.entity.EmploymentStatus.ACTIVE;
import static kr.cheongnabi.people.entity.EmploymentStatus.DISPATCHED;
import static kr.cheongnabi.people.entity.EmploymentStatus.LEFT;
import static kr.cheongnabi.people.entity.EmploymentStatus.ON_LEAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.ledger.control.YearTarget;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class OwedMinutesTest {

  private static final YearRequirement Y2025 = YearRequirement.byDefault(2025);
  private static final LocalDate LONG_AGO = LocalDate.of(2015, 3, 2);

  @Test
  void aWholeActiveYearOwesExactlyTheTargetAndTheFloor() {
    var owed = owed(employee(LONG_AGO, new StatusPeriod(ACTIVE, LONG_AGO, null)), Y2025);
    assertEquals(new Owed(300, 120, 365, false), owed);
  }

  @Test
  void everyEmploymentTypeOwesTheSame() {
    for (var type : EmploymentType.values()) {
      var facts =
          new EmployeeFacts(
              LONG_AGO, type, null, false, null, List.of(new StatusPeriod(ACTIVE, LONG_AGO, null)));
      assertEquals(300, owed(facts, Y2025).owedMinutes(), type.name());
    }
  }

  @Test
  void aMidYearHireOwesTheShareOfTheDaysLeftRoundedUpAndAFaceToFaceSession() {
    var hired = LocalDate.of(2025, 7, 1);
    var owed = owed(employee(hired, new StatusPeriod(ACTIVE, hired, null)), Y2025);
    // 1 July to 31 December: 184 of 365 days; 300 × 184 / 365 = 151.2, 120 × 184 / 365 = 60.5.
    assertEquals(new Owed(152, 61, 184, true), owed);
  }

  @Test
  void aHireOnTheLastDayOwesOneDaysShare() {
    var hired = LocalDate.of(2025, 12, 31);
    var owed = owed(employee(hired, new StatusPeriod(ACTIVE, hired, null)), Y2025);
    assertEquals(new Owed(1, 1, 1, true), owed);
  }

  @Test
  void someoneHiredAfterTheYearHasNoObligation() {
    var hired = LocalDate.of(2026, 1, 2);
    assertEquals(
        Optional.empty(),
        OwedMinutes.of(employee(hired, new StatusPeriod(ACTIVE, hired, null)), Y2025));
  }

  @Test
  void someoneWhoLeftBeforeTheYearHasNoObligation() {
    var facts =
        employee(
            LONG_AGO,
            new StatusPeriod(ACTIVE, LONG_AGO, LocalDate.of(2024, 12, 31)),
            new StatusPeriod(LEFT, LocalDate.of(2025, 1, 1), null));
    assertEquals(Optional.empty(), OwedMinutes.of(facts, Y2025));
  }

  @Test
  void someoneWhoLeftMidYearOwesTheShareOfTheDaysBefore() {
    var facts =
        employee(
            LONG_AGO,
            new StatusPeriod(ACTIVE, LONG_AGO, LocalDate.of(2025, 3, 31)),
            new StatusPeriod(LEFT, LocalDate.of(2025, 4, 1), null));
    // 90 days: 300 × 90 / 365 = 73.97, 120 × 90 / 365 = 29.6.
    assertEquals(new Owed(74, 30, 90, false), owed(facts, Y2025));
  }

  @Test
  void leaveSpanningTwoYearsCountsOnlyTheActiveDaysOfEach() {
    var facts =
        employee(
            LONG_AGO,
            new StatusPeriod(ACTIVE, LONG_AGO, LocalDate.of(2024, 10, 31)),
            new StatusPeriod(ON_LEAVE, LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 28)),
            new StatusPeriod(ACTIVE, LocalDate.of(2025, 3, 1), null));
    // 2024 (a leap year): 1 January to 31 October, 305 of 366 days.
    assertEquals(new Owed(250, 100, 305, false), owed(facts, YearRequirement.byDefault(2024)));
    // 2025: 1 March to 31 December, 306 of 365 days.
    assertEquals(new Owed(252, 101, 306, false), owed(facts, Y2025));
  }

  @Test
  void onLeaveTheWholeYearIsAnObligationOfNothing() {
    var facts =
        employee(
            LONG_AGO,
            new StatusPeriod(ACTIVE, LONG_AGO, LocalDate.of(2024, 6, 30)),
            new StatusPeriod(ON_LEAVE, LocalDate.of(2024, 7, 1), null));
    assertEquals(new Owed(0, 0, 0, false), owed(facts, Y2025));
  }

  @Test
  void dispatchedPartOfTheYearIsNotOwed() {
    var facts =
        employee(
            LONG_AGO,
            new StatusPeriod(ACTIVE, LONG_AGO, LocalDate.of(2025, 4, 30)),
            new StatusPeriod(DISPATCHED, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
            new StatusPeriod(ACTIVE, LocalDate.of(2025, 11, 1), null));
    // January to April (120 days) and November, December (61 days).
    assertEquals(new Owed(149, 60, 181, false), owed(facts, Y2025));
  }

  @Test
  void aLeapYearDividesBy366() {
    var leap = YearRequirement.byDefault(2024);
    assertEquals(300, owed(employee(LONG_AGO), leap).owedMinutes());
    var hired = LocalDate.of(2024, 7, 1);
    // 1 July to 31 December: 184 of 366 days; 300 × 184 / 366 = 150.8.
    var owed = owed(employee(hired, new StatusPeriod(ACTIVE, hired, null)), leap);
    assertEquals(new Owed(151, 61, 184, true), owed);
  }

  @Test
  void daysAfterTheHireDateBeforeTheHistoryBeginsCountAsActive() {
    var facts = employee(LONG_AGO, new StatusPeriod(ON_LEAVE, LocalDate.of(2025, 7, 1), null));
    assertEquals(181, owed(facts, Y2025).countedDays());
  }

  @Test
  void aGroupOverrideSetsTheTargetOfItsGroup() {
    var senior = new GroupOverride(GroupKind.SENIOR_OFFICIAL, "", new YearTarget(600, 240));
    var requirement = new YearRequirement(2025, YearTarget.DEFAULT, List.of(senior));
    var facts =
        new EmployeeFacts(
            LONG_AGO, EmploymentType.REGULAR, "3급", true, null, List.of(active(LONG_AGO)));
    assertEquals(new Owed(600, 240, 365, false), owed(facts, requirement));
    assertEquals(300, owed(employee(LONG_AGO), requirement).owedMinutes());
  }

  @Test
  void whenSeveralGroupsApplyTheHighestTargetWinsWithItsFloor() {
    var requirement =
        new YearRequirement(
            2025,
            YearTarget.DEFAULT,
            List.of(
                new GroupOverride(GroupKind.SENIOR_OFFICIAL, "", new YearTarget(480, 240)),
                new GroupOverride(GroupKind.GRADE, "4급", new YearTarget(540, 120)),
                new GroupOverride(GroupKind.EMPLOYMENT_TYPE, "CONTRACT", new YearTarget(180, 60))));
    var facts =
        new EmployeeFacts(
            LONG_AGO, EmploymentType.CONTRACT, " 4급 ", true, null, List.of(active(LONG_AGO)));
    assertEquals(new Owed(540, 120, 365, false), owed(facts, requirement));
  }

  @Test
  void anOverrideMayAskLessOfItsGroupThanOfEveryoneElse() {
    var requirement =
        new YearRequirement(
            2025,
            YearTarget.DEFAULT,
            List.of(
                new GroupOverride(GroupKind.EMPLOYMENT_TYPE, "CONTRACT", new YearTarget(180, 60))));
    var contract =
        new EmployeeFacts(
            LONG_AGO, EmploymentType.CONTRACT, null, false, null, List.of(active(LONG_AGO)));
    assertEquals(180, owed(contract, requirement).owedMinutes());
  }

  @Test
  void aPromotionInTheYearRequiresAFaceToFaceSession() {
    var promoted =
        new EmployeeFacts(
            LONG_AGO,
            EmploymentType.REGULAR,
            "6급",
            false,
            LocalDate.of(2025, 9, 1),
            List.of(active(LONG_AGO)));
    assertTrue(owed(promoted, Y2025).faceToFaceRequired());
    assertFalse(owed(promoted, YearRequirement.byDefault(2026)).faceToFaceRequired());
  }

  @Test
  void aNewHireWhoOwesNothingNeedsNoFaceToFaceSession() {
    var hired = LocalDate.of(2025, 3, 4);
    var facts =
        employee(
            hired,
            new StatusPeriod(ACTIVE, hired, hired),
            new StatusPeriod(ON_LEAVE, hired.plusDays(1), null));
    assertTrue(owed(facts, Y2025).faceToFaceRequired(), "one active day owes a little");
    var neverActive = employee(hired, new StatusPeriod(ON_LEAVE, hired, null));
    assertEquals(new Owed(0, 0, 0, false), owed(neverActive, Y2025));
  }

  @Test
  void aGroupOfAGradeOrTypeNeedsItsValue() {
    var target = YearTarget.DEFAULT;
    assertThrows(
        IllegalArgumentException.class, () -> new GroupOverride(GroupKind.GRADE, " ", target));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GroupOverride(GroupKind.EMPLOYMENT_TYPE, "INTERN", target));
    assertEquals("", new GroupOverride(GroupKind.SENIOR_OFFICIAL, "x", target).value());
  }

  private static Owed owed(EmployeeFacts facts, YearRequirement requirement) {
    return OwedMinutes.of(facts, requirement).orElseThrow();
  }

  private static StatusPeriod active(LocalDate from) {
    return new StatusPeriod(ACTIVE, from, null);
  }

  private static EmployeeFacts employee(LocalDate hired, StatusPeriod... periods) {
    var history = periods.length == 0 ? List.of(active(hired)) : List.of(periods);
    return new EmployeeFacts(hired, EmploymentType.REGULAR, "7급", false, null, history);
  }
}
