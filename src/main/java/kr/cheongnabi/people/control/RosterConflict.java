package kr.cheongnabi.people.control;

import java.util.List;

/**
 * Rows that are well-formed on their own but contradict what is stored, such as a status change
 * dated before the current status began. Found before anything is written.
 */
public class RosterConflict extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<RosterProblem> problems;

  public RosterConflict(List<RosterProblem> problems) {
    super(problems.size() + " roster rows contradict the stored employment history");
    this.problems = List.copyOf(problems);
  }

  public List<RosterProblem> problems() {
    return problems;
  }
}
