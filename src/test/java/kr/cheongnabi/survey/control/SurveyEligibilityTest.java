package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import kr.cheongnabi.people.control.ServiceHistory;
import kr.cheongnabi.people.control.ServiceHistory.Period;
import kr.cheongnabi.people.entity.EmploymentStatus;
import kr.cheongnabi.people.entity.EmploymentType;
import org.junit.jupiter.api.Test;

class SurveyEligibilityTest {

  private static final LocalDate START = LocalDate.of(2026, 9, 1);

  private static ServiceHistory hired(LocalDate hired, EmploymentType type, Period... periods) {
    return new ServiceHistory(1, 1, hired, type, EmploymentStatus.ACTIVE, hired, List.of(periods));
  }

  @Test
  void moreThanSixMonthsOfServiceOnTheStartDateIsNeeded() {
    assertTrue(
        SurveyEligibility.isEligible(
            hired(LocalDate.of(2026, 2, 28), EmploymentType.REGULAR), START));
    assertFalse(
        SurveyEligibility.isEligible(
            hired(LocalDate.of(2026, 3, 1), EmploymentType.REGULAR), START),
        "exactly six months is not more than six months");
    assertFalse(
        SurveyEligibility.isEligible(
            hired(LocalDate.of(2026, 8, 1), EmploymentType.REGULAR), START));
  }

  @Test
  void fixedTermAndContractStaffAreAsked() {
    var hired = LocalDate.of(2024, 1, 2);
    assertTrue(SurveyEligibility.isEligible(hired(hired, EmploymentType.FIXED_TERM), START));
    assertTrue(SurveyEligibility.isEligible(hired(hired, EmploymentType.CONTRACT), START));
  }

  @Test
  void theStatusOnTheStartDateCountsNotTheCurrentOne() {
    var hired = LocalDate.of(2020, 3, 2);
    var onLeaveThen =
        hired(
            hired,
            EmploymentType.REGULAR,
            new Period(EmploymentStatus.ACTIVE, hired, LocalDate.of(2026, 6, 30)),
            new Period(
                EmploymentStatus.ON_LEAVE, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)),
            new Period(EmploymentStatus.ACTIVE, LocalDate.of(2026, 10, 1), null));
    assertFalse(SurveyEligibility.isEligible(onLeaveThen, START), "on leave on the start date");
    assertTrue(SurveyEligibility.isEligible(onLeaveThen, LocalDate.of(2026, 10, 1)));
    var dispatched =
        hired(
            hired,
            EmploymentType.REGULAR,
            new Period(EmploymentStatus.ACTIVE, hired, LocalDate.of(2026, 8, 31)),
            new Period(EmploymentStatus.DISPATCHED, START, null));
    assertFalse(SurveyEligibility.isEligible(dispatched, START));
    var left =
        new ServiceHistory(
            1,
            1,
            hired,
            EmploymentType.REGULAR,
            EmploymentStatus.LEFT,
            LocalDate.of(2026, 5, 1),
            List.of());
    assertFalse(SurveyEligibility.isEligible(left, START), "the current status without a history");
  }
}
