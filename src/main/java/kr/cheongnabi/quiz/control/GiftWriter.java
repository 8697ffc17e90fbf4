package kr.cheongnabi.quiz.control;

import java.util.List;
import java.util.Locale;

/**
 * Writes a quiz in the format of {@code quizzes/README.md}, so that {@link GiftReader} reads back
 * the same quiz and Moodle imports the same true/false questions. Each question is written on one
 * line, its line breaks as {@code \n}, as Moodle's own exporter does.
 */
public class GiftWriter {

  public String write(QuizFile quiz) {
    var out = new StringBuilder();
    header(quiz.settings(), out);
    if (quiz.category() != null) {
      out.append("\n$CATEGORY: ").append(quiz.category()).append('\n');
    }
    for (Statement statement : quiz.statements()) {
      out.append('\n');
      statement(statement, out);
    }
    return out.toString();
  }

  private static void header(QuizSettings settings, StringBuilder out) {
    setting("quiz", settings.id(), out);
    setting("title.ko", settings.titleKo(), out);
    if (settings.titleEn() != null) {
      setting("title.en", settings.titleEn(), out);
    }
    // Only what differs from the defaults, so that a file says what is special about its quiz.
    if (settings.passMarkPercent() != QuizSettings.DEFAULT_PASS_MARK) {
      setting("pass-mark", settings.passMarkPercent(), out);
    }
    if (settings.creditMinutes() != 0) {
      setting("credit-minutes", settings.creditMinutes(), out);
    }
    if (settings.attemptsAllowed() != 0) {
      setting("attempts", settings.attemptsAllowed(), out);
    }
    if (settings.draw() != 0) {
      setting("draw", settings.draw(), out);
    }
    if (settings.shuffle() != QuizSettings.DEFAULT_SHUFFLE) {
      setting("shuffle", settings.shuffle(), out);
    }
    if (settings.timeLimitMinutes() != 0) {
      setting("time-limit-minutes", settings.timeLimitMinutes(), out);
    }
    if (settings.availableFrom() != null) {
      setting("available-from", settings.availableFrom(), out);
    }
    if (settings.availableUntil() != null) {
      setting("available-until", settings.availableUntil(), out);
    }
    if (settings.assignedOnly()) {
      setting("assigned-only", true, out);
    }
  }

  private static void setting(String key, Object value, StringBuilder out) {
    out.append("// @").append(key).append(' ').append(value).append('\n');
  }

  private static void statement(Statement statement, StringBuilder out) {
    english("en", statement.textEn(), out);
    english("en.wrong", statement.wrongEn(), out);
    english("en.right", statement.rightEn(), out);
    english("en.explanation", statement.explanationEn(), out);
    if (statement.caseKey() != null) {
      out.append("// @case ").append(statement.caseKey()).append('\n');
    }
    TextFormat format = statement.textKo().format();
    out.append("::").append(statement.id()).append("::");
    out.append(text(statement.textKo(), TextFormat.MOODLE));
    out.append('{').append(statement.correct() ? 'T' : 'F');
    if (statement.wrongKo() != null || statement.rightKo() != null) {
      out.append('#');
      if (statement.wrongKo() != null) {
        out.append(text(statement.wrongKo(), format));
      }
    }
    if (statement.rightKo() != null) {
      out.append('#').append(text(statement.rightKo(), format));
    }
    if (statement.explanationKo() != null) {
      out.append("####").append(text(statement.explanationKo(), format));
    }
    out.append("}\n");
  }

  private static void english(String key, RichText text, StringBuilder out) {
    if (text == null) {
      return;
    }
    List<String> lines = text.source().lines().toList();
    out.append("// @").append(key).append(' ').append(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      out.append("// @en+ ").append(line).append('\n');
    }
  }

  private static String text(RichText text, TextFormat fallback) {
    String source = text.source();
    // A text that starts like a format prefix gets its own prefix, since Moodle takes only one.
    int end = source.indexOf(']');
    boolean looksLikePrefix =
        source.startsWith("[")
            && end > 0
            && TextFormat.ofGiftName(source.substring(1, end).toLowerCase(Locale.ROOT)).isPresent();
    String prefix = text.format() != fallback || looksLikePrefix ? text.format().prefix() : "";
    return prefix + GiftText.escape(source);
  }
}
