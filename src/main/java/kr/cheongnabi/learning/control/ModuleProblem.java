package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.util.List;

/**
 * Something a trainer must fix before a module can be saved or published.
 *
 * @param lesson the lesson's number (from 1), or 0 for the module's own settings
 * @param field what is wrong, e.g. {@code titleEn}; a key of the trainerModule.field texts
 * @param reason why, e.g. {@code required}; a key of the trainerModule.reason texts
 */
public record ModuleProblem(int lesson, String field, String reason) implements Serializable {

  public static final String REQUIRED = "required";
  public static final String TOO_LONG = "tooLong";

  /** Adds a problem when a text that must be there is missing or longer than {@code max}. */
  static void requireText(
      List<ModuleProblem> into, int lesson, String field, String value, int max) {
    if (value == null) {
      into.add(new ModuleProblem(lesson, field, REQUIRED));
    } else if (value.length() > max) {
      into.add(new ModuleProblem(lesson, field, TOO_LONG));
    }
  }

  /** The text as stored: without surrounding white space, and null when nothing is left. */
  static String tidy(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
