package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong with a line of an attendance file: a message key of the "msg" bundle and its
 * arguments; the column is null when the whole line is wrong.
 */
public record AttendanceProblem(int line, String column, String messageKey, List<String> arguments)
    implements Serializable {

  public AttendanceProblem {
    arguments = List.copyOf(arguments);
  }

  static AttendanceProblem of(int line, String column, String messageKey, String... arguments) {
    return new AttendanceProblem(line, column, messageKey, List.of(arguments));
  }
}
