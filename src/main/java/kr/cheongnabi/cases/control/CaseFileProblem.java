package kr.cheongnabi.cases.control;

/**
 * Something wrong in a case file, for its author: the file, the line and what to change.
 *
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 */
public record CaseFileProblem(String file, int line, String text) {

  @Override
  public String toString() {
    return (line == 0 ? file : file + " line " + line) + ": " + text;
  }
}
