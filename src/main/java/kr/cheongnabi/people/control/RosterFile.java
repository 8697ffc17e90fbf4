package kr.cheongnabi.people.control;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What {@link RosterFileReader} made of an uploaded file: the rows that passed every rule, every
 * problem found, and the encoding the bytes were read in (shown to the HR officer, since a wrong
 * guess is the usual reason for garbled names).
 */
public record RosterFile(
    String fileName, Charset charset, List<RosterRow> rows, List<RosterProblem> problems) {

  public RosterFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(charset, "charset");
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** True when the file can be imported as a whole: an import never applies half a roster. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
