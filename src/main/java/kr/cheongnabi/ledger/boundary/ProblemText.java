package kr.cheongnabi.ledger.boundary;

import java.util.Locale;
import kr.cheongnabi.ledger.control.ChainProblem;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * What a problem of the chain means, in words, for the admin page and the REST calls. Numbers are
 * passed as text: sequence numbers and ids read without digit grouping.
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
}
