package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A quiz as one GIFT file holds it.
 *
 * @param category the {@code $CATEGORY:} path kept for Moodle, or null
 * @param statements the bank of statements, in file order, with unique ids
 */
public record QuizFile(QuizSettings settings, String category, List<Statement> statements)
    implements Serializable {

  public QuizFile {
    Objects.requireNonNull(settings, "settings");
    if (category != null
        && (category.isBlank() || category.indexOf('\n') >= 0 || category.indexOf('\r') >= 0)) {
      throw new IllegalArgumentException("a category is one non-blank line: " + category);
    }
    category = category == null ? null : category.strip();
    statements = List.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a quiz needs at least one statement");
    }
    var ids = new HashSet<String>();
    for (Statement statement : statements) {
      if (!ids.add(statement.id())) {
        throw new IllegalArgumentException("statement id used twice: " + statement.id());
      }
    }
    if (settings.draw() > statements.size()) {
      throw new IllegalArgumentException(
          "draw " + settings.draw() + " is more than the " + statements.size() + " statements");
    }
  }
}
