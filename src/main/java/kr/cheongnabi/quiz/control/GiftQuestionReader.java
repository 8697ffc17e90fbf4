package kr.cheongnabi.quiz.control;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one question block into a statement, following the steps of Moodle's importer: name, first
 * {@code {...}} pair, general feedback after the last {@code ####}, question type, then the
 * true/false answer and its feedback. A question Moodle would import as another type is skipped,
 * its kind kept for the list of skipped questions.
 */
final class GiftQuestionReader {

  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

  private final String file;
  private final int line;
  private final String text;
  private final int[] lineAt;
  private final List<GiftDirective> english;
  private final GiftProblems problems;
  private String id;
  private boolean generated;
  private QuestionKind skipped;
  private String skipExcerpt;

  /**
   * @param line the line where the question starts
   * @param marked the question, comment lines blanked, with escapes marked
   * @param english the {@code // @en} lines before the question
   * @param problems where problems are added
   */
  GiftQuestionReader(
      String file,
      int line,
      GiftText.Marked marked,
      List<GiftDirective> english,
      GiftProblems problems) {
    this.file = file;
    this.line = line;
    this.text = marked.text();
    this.lineAt = marked.lines();
    this.english = english;
    this.problems = problems;
  }

  private void problem(int at, String key, Object... args) {
    problems.add(new GiftProblem(file, at, key, args));
  }

  /**
   * The statement, or null when the question is of another kind ({@link #skipped()}) or has a
   * problem (then added to the list). A statement whose name is not an id, or that has no name,
   * gets an id made from the name or the text ({@link #generatedId()}).
   */
  Statement read() {
    int before = problems.count();
    // The name as Moodle reads it; its problems count only once the question is true/false.
    int start = 0;
    String name = null;
    boolean unclosed = false;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end < 0) {
        unclosed = true;
        start = 2;
      } else {
        name = GiftText.restore(text.substring(2, end)).strip();
        id = Statement.ID.matcher(name).matches() ? name : null;
        start = GiftText.skipPhpSpace(text, end + 2);
      }
    }
    int open = text.indexOf('{', start);
    int close = text.indexOf('}', start);
    if (open < 0 && close < 0) {
      skip(QuestionKind.DESCRIPTION, start);
      return null;
    }
    if (open < 0 || (close >= 0 && close < open)) {
      problem(lineAt[close], "braces.unopened");
      return null;
    }
    int nextOpen = text.indexOf('{', open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      problem(lineAt[open], "braces.unclosed");
      return null;
    }
    Answer answer = answer(open, close);
    if (answer == null) {
      if (skipped != null) {
        skipExcerpt = excerpt(start);
      }
      return null;
    }
    if (unclosed) {
      problem(line, "name.unclosed");
    }
    int after = GiftText.skipPhpSpace(text, close + 1);
    if (after < text.length()) {
      problem(
          lineAt[after],
          "answer.textAfter",
          GiftText.shorten(GiftText.restore(text.substring(after))));
    }
    Part korean = part(text.substring(start, open), TextFormat.MOODLE, line);
    if (korean.text().isEmpty()) {
      problem(line, "statement.empty");
    }
    Part wrong = part(answer.wrong(), korean.format(), lineAt[open]);
    Part right = part(answer.right(), korean.format(), lineAt[open]);
    // Moodle looks for the general feedback's format before trimming it.
    Part explanation =
        answer.general() == null
            ? Part.NONE
            : part(answer.general(), korean.format(), lineAt[open], false);
    Map<String, RichText> en = english(korean, wrong, right, explanation);
    generated = id == null;
    if (problems.count() > before) {
      return null;
    }
    String statementId;
    if (id != null) {
      statementId = id;
    } else if (name != null && !name.isEmpty()) {
      statementId = GiftNames.fromName(name);
    } else {
      statementId = GiftNames.fromText(korean.text());
    }
    return new Statement(
        statementId,
        korean.rich(),
        en.get("en"),
        answer.correct(),
        wrong.rich(),
        right.rich(),
        explanation.rich(),
        en.get("en.wrong"),
        en.get("en.right"),
        en.get("en.explanation"));
  }

  /** The name of a true/false question when it is an id, even if the rest is not right. */
  String id() {
    return id;
  }

  /** Whether the statement's id was made from its name or text, not given as its name. */
  boolean generatedId() {
    return generated;
  }

  /** The kind of the question when it is not true/false, or null. */
  QuestionKind skipped() {
    return skipped;
  }

  /** The start of a skipped question's text, for people to recognise it. */
  String skipExcerpt() {
    return skipExcerpt;
  }

  private void skip(QuestionKind kind, int start) {
    skipped = kind;
    skipExcerpt = excerpt(start);
  }

  private String excerpt(int start) {
    return GiftText.shorten(GiftText.restore(text.substring(start)));
  }

  private record Answer(boolean correct, String wrong, String right, String general) {}

  private Answer answer(int open, int close) {
    String answer = GiftText.phpTrim(text.substring(open + 1, close));
    String general = null;
    int separator = answer.lastIndexOf("####");
    if (separator >= 0) {
      general = answer.substring(separator + 4);
      answer = GiftText.phpTrim(answer.substring(0, separator));
    }
    int at = lineAt[open];
    if (answer.isEmpty()) {
      skipped = QuestionKind.ESSAY;
      return null;
    }
    if (answer.startsWith("#")) {
      skipped = QuestionKind.NUMERICAL;
      return null;
    }
    if (answer.contains("~")) {
      skipped = QuestionKind.MULTIPLE_CHOICE;
      return null;
    }
    if (answer.contains("=") && answer.contains("->")) {
      skipped = QuestionKind.MATCHING;
      return null;
    }
    int hash = answer.indexOf('#');
    String check = hash > 0 ? GiftText.phpTrim(answer.substring(0, hash)) : answer;
    if (!TRUE_FALSE.contains(check)) {
      String upper = check.toUpperCase(Locale.ROOT);
      if (TRUE_FALSE.contains(upper)) {
        // Moodle would import a short-answer question, which is never what the author meant.
        String suggestion = upper.startsWith("T") ? "{T} or {TRUE}" : "{F} or {FALSE}";
        problem(at, "answer.lowerCase", "{" + check + "}", check, suggestion);
      } else {
        skipped = QuestionKind.SHORT_ANSWER;
      }
      return null;
    }
    String[] parts = answer.split("#", 3);
    return new Answer(
        check.startsWith("T"),
        parts.length > 1 ? parts[1] : "",
        parts.length > 2 ? parts[2] : "",
        general);
  }

  /** A text after its optional format prefix, as Moodle's parse_text_with_format reads it. */
  private record Part(String text, TextFormat format) {
    static final Part NONE = new Part("", TextFormat.MOODLE);

    RichText rich() {
      return text.isEmpty() ? null : new RichText(text, format);
    }
  }

  private Part part(String marked, TextFormat fallback, int at) {
    return part(marked, fallback, at, true);
  }

  private Part part(String marked, TextFormat fallback, int at, boolean trimFirst) {
    String raw = trimFirst ? GiftText.phpTrim(marked) : marked;
    TextFormat format = fallback;
    int end = raw.indexOf(']');
    if (raw.startsWith("[") && end > 0) {
      String name = raw.substring(1, end);
      var known = TextFormat.ofGiftName(name);
      if (known.isPresent()) {
        format = known.get();
        raw = raw.substring(end + 1);
      } else {
        var differentCase = TextFormat.ofGiftName(name.toLowerCase(Locale.ROOT));
        differentCase.ifPresent(f -> problem(at, "format.case", "[" + name + "]", f.prefix()));
      }
    }
    return new Part(GiftText.phpTrim(GiftText.restore(raw)), format);
  }

  private Map<String, RichText> english(Part korean, Part wrong, Part right, Part explanation) {
    var texts = new HashMap<String, StringBuilder>();
    var lines = new HashMap<String, Integer>();
    String current = null;
    for (GiftDirective directive : english) {
      String key = directive.key();
      if (key.equals("en+")) {
        if (current == null) {
          problem(directive.line(), "en.continuationAlone");
        } else {
          texts.get(current).append('\n').append(directive.value());
        }
      } else if (!Set.of("en", "en.wrong", "en.right", "en.explanation").contains(key)) {
        problem(directive.line(), "setting.unknown", directive.shown());
        current = null;
      } else if (lines.containsKey(key)) {
        problem(directive.line(), "en.duplicate", directive.shown(), lines.get(key));
        current = null;
      } else {
        lines.put(key, directive.line());
        texts.put(key, new StringBuilder(directive.value()));
        current = key;
      }
    }
    var result = new HashMap<String, RichText>();
    Map<String, Part> counterparts =
        Map.of("en", korean, "en.wrong", wrong, "en.right", right, "en.explanation", explanation);
    for (var entry : lines.entrySet()) {
      String key = entry.getKey();
      int at = entry.getValue();
      Part counterpart = counterparts.get(key);
      String value = texts.get(key).toString();
      if (value.isBlank()) {
        problem(at, "en.empty", "// @" + key);
      } else if (counterpart.text().isEmpty() && !key.equals("en")) {
        problem(at, "en.withoutKorean", "// @" + key);
      } else {
        // The English text is read in the format of the Korean text it translates.
        TextFormat format = counterpart.text().isEmpty() ? korean.format() : counterpart.format();
        result.put(key, new RichText(value, format));
      }
    }
    return result;
  }
}
