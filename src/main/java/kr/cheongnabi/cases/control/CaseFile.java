package kr.cheongnabi.cases.control;

import java.util.List;

/**
 * What reading a case file gave: the case and whether it is published, or the problems found in it
 * and no case at all.
 */
public record CaseFile(CaseDraft draft, boolean published, List<CaseFileProblem> problems) {

  public CaseFile {
    problems = List.copyOf(problems);
    if ((draft == null) == problems.isEmpty()) {
      throw new IllegalArgumentException(
          "a case file has a case or problems, never both or neither");
    }
  }

  public boolean isValid() {
    return draft != null;
  }
}
