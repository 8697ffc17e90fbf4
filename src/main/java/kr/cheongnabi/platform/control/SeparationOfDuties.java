package kr.cheongnabi.platform.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kr.cheongnabi.platform.entity.Account;
import kr.cheongnabi.platform.entity.SecurityEvent.Kind;

/**
 * Segregation of duties: nobody decides or corrects what credits their own hours, whatever roles
 * they hold. The one who acts is an account; what they act on is an employee's record; the two are
 * the same person when the account belongs to that employee. A refusal is recorded with who tried
 * and what before it rolls the caller's transaction back.
 */
@Stateless
public class SeparationOfDuties {

  @Inject Accounts accounts;
  @Inject SecurityEvents events;

  /**
   * Refuses with the message of {@code messageKey} when the account {@code username} belongs to the
   * employee, and records the attempt as a {@code kind} event with the {@code detail} of what was
   * tried.
   */
  public void refuseOwn(
      String username, long employeeId, Kind kind, String detail, String messageKey) {
    var own =
        accounts
            .findByUsername(username)
            .map(Account::getEmployeeId)
            .filter(id -> id == employeeId)
            .isPresent();
    if (own) {
      events.record(username, kind, detail);
      throw new BusinessException(messageKey);
    }
  }
}
