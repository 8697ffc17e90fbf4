package kr.cheongnabi.people.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.control.AccountService;
import kr.cheongnabi.platform.entity.Role;

/**
 * An employee's own record. It takes no id: whose record it is comes from the signed-in caller, so
 * nobody can read another person's record through it.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class OwnRecordService {

  @Resource SessionContext session;
  @Inject AccountService accounts;
  @Inject EmployeeRecords records;

  public Optional<Employee> mine() {
    return myEmployeeId().flatMap(records::withHistory);
  }

  /** The id of the signed-in person's employee record; empty for a sign-in without one. */
  public Optional<Long> myEmployeeId() {
    return accounts
        .findByUsername(session.getCallerPrincipal().getName())
        .map(a -> a.getEmployeeId());
  }
}
