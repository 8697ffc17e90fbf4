package kr.cheongnabi.cases.control;

import java.util.List;
import kr.cheongnabi.platform.control.BusinessException;

/** A case that cannot be stored as written; nothing of it is stored. */
public class InvalidCase extends BusinessException {

  private final List<CaseProblem> problems;

  public InvalidCase(List<CaseProblem> problems) {
    super("cases.invalid", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<CaseProblem> problems() {
    return problems;
  }
}
