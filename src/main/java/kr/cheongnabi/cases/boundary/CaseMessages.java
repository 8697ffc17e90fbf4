package kr.cheongnabi.cases.boundary;

import kr.cheongnabi.cases.control.InvalidCase;
import kr.cheongnabi.platform.boundary.Messages;

/** What the trainer pages say about a case that cannot be stored: each problem by field. */
final class CaseMessages {

  private CaseMessages() {}

  static void show(InvalidCase refused) {
    for (var problem : refused.problems()) {
      Messages.error(
          "cases.problem",
          Messages.text("cases.field." + problem.field()),
          Messages.text("cases.reason." + problem.reason()));
    }
  }
}
