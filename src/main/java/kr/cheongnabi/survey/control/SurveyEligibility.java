package kr.cheongnabi.survey.control;

import java.time.LocalDate;
import kr.cheongnabi.people.control.ServiceHistory;
import kr.cheongnabi.people.entity.EmploymentStatus;

/**
 * Who the internal survey asks: employees with more than six months of service on the survey's
 * start date (hired before the same day six months earlier: someone hired on 2026-03-01 has served
 * exactly six months on 2026-09-01 and is not asked), whatever their appointment (regular,
 * fixed-term, contract), and active that day: on leave, dispatched or gone they are not asked.
 */
public final class SurveyEligibility {

  private SurveyEligibility() {}

  public static boolean isEligible(ServiceHistory service, LocalDate startsOn) {
    return service.hireDate() != null
        && service.hireDate().isBefore(startsOn.minusMonths(6))
        && service.statusOn(startsOn) == EmploymentStatus.ACTIVE;
  }
}
