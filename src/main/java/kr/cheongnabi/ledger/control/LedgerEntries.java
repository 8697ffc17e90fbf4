package kr.cheongnabi.ledger.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.platform.entity.Role;

/**
 * The ledger's entries for HR: an employee's entries and total of a year, corrections, and every
 * entry as an xAPI statement for HR's learning record store. Who recorded a correction is the
 * signed-in caller, never a value from the request.
 */
@Stateless
@RolesAllowed(Role.HR_NAME)
public class LedgerEntries {

  @Resource SessionContext session;
  @Inject Ledger ledger;
  @Inject XapiStatements statements;
  @Inject Clock clock;

  public List<LedgerEntry> entriesOf(long employeeId, int year) {
    return ledger.entriesOf(employeeId, year);
  }

  public YearTotal totalOf(long employeeId, int year) {
    return ledger.totalOf(employeeId, year);
  }

  /**
   * Adds or subtracts minutes with a reason. The request id is made once per form: the same form
   * sent twice records one correction.
   */
  public LedgerEntry correct(long employeeId, int year, int minutes, String reason, UUID request) {
    return ledger.append(
        Credit.correction(employeeId, year, minutes, reason, request, clock.instant()),
        session.getCallerPrincipal().getName());
  }

  /** The entries after sequence number {@code since} as xAPI statements, for an LRS. */
  public XapiStatements.Page statements(long since, int limit, URI base) {
    return statements.after(since, limit, base);
  }
}
