package kr.cheongnabi.learning.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kr.cheongnabi.platform.control.AccountService;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;

/** The person asking, as the server knows them: never taken from the request. */
@Stateless
@PermitAll
public class SignedInEmployee {

  @Resource SessionContext context;
  @Inject AccountService accounts;

  public String username() {
    return context.getCallerPrincipal().getName();
  }

  /** The caller's employee record id; a sign-in without one cannot take part. */
  public long id() {
    return accounts
        .findByUsername(username())
        .map(account -> account.getEmployeeId())
        .orElseThrow(() -> new BusinessException("session.noEmployeeRecord"));
  }

  public boolean isHr() {
    return context.isCallerInRole(Role.HR_NAME);
  }
}
