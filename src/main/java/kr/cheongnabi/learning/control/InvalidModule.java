package kr.cheongnabi.learning.control;

import java.util.List;
import kr.cheongnabi.platform.control.BusinessException;

/** A module or lesson was refused: every problem is listed, by lesson number and field. */
public class InvalidModule extends BusinessException {

  private final List<ModuleProblem> problems;

  public InvalidModule(List<ModuleProblem> problems) {
    super("trainerModule.invalid", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<ModuleProblem> problems() {
    return problems;
  }

  /** Throws when there is any problem. */
  static void refuseIfAny(List<ModuleProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidModule(problems);
    }
  }
}
