package kr.cheongnabi.ledger.boundary;

import java.util.Locale;
import kr.cheongnabi.ledger.control.ChainProblem;
import kr.cheongnabi.ledger.control.MonthDisagreement;
import kr.cheongnabi.ledger.control.TotalDisagreement;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * What a problem of the chain or a total that disagrees means, in words, for the admin page and the
 * REST calls. Numbers are passed as text where they read without digit grouping (sequence numbers,
 * ids, years).
 */
final class ProblemText {

  private ProblemText() {}

  static String of(ChainProblem problem, Locale locale) {
    return Messages.format(
        locale,
        "ledger.problem." + problem.kind(),
        Long.toString(problem.sequence()),
        problem.entryId() == null ? "-" : problem.entryId().toString());
  }

  static String of(TotalDisagreement total, Locale locale) {
    return Messages.format(
        locale,
        "ledger.totals.employee",
        total.employeeNumber(),
        total.employeeName(),
        Integer.toString(total.year()),
        Messages.format(locale, "ledger.figure." + total.figure()),
        total.stored(),
        total.computed());
  }

  static String of(MonthDisagreement month, Locale locale) {
    return Messages.format(
        locale,
        "ledger.totals.month",
        Integer.toString(month.year()),
        month.month(),
        month.stored(),
        month.computed());
  }
}
