package kr.cheongnabi.cases.control;

import java.util.List;

/** What loading one case file did. */
public record CaseLoad(String key, Kind kind, List<CaseFileProblem> problems) {

  public enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED,
    REJECTED
  }

  public CaseLoad {
    problems = List.copyOf(problems);
  }

  static CaseLoad of(String key, Kind kind) {
    return new CaseLoad(key, kind, List.of());
  }

  static CaseLoad rejected(List<CaseFileProblem> problems) {
    return new CaseLoad(null, Kind.REJECTED, problems);
  }
}
