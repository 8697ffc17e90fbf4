package kr.cheongnabi.quiz.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** One reading of one quiz file: its blocks of lines, header, category and questions. */
final class GiftParse {

  static final Set<String> SETTING_KEYS =
      Set.of(
          "quiz",
          "title.ko",
          "title.en",
          "pass-mark",
          "credit-minutes",
          "attempts",
          "draw",
          "shuffle",
          "time-limit-minutes",
          "available-from",
          "available-until",
          "assigned-only",
          "skip");

  private static final int MAX_COUNT = 9999;
  private static final String CATEGORY = "$CATEGORY:";
  private static final String CASE = "case";

  private final String file;
  private final String[] lines;
  private final Predicate<String> knownCase;
  private final GiftProblems problems = new GiftProblems();
  private final Map<String, GiftDirective> settings = new LinkedHashMap<>();
  private final List<Read> read = new ArrayList<>();
  private final Map<String, Integer> idLines = new HashMap<>();
  private final List<GiftSkip> skipped = new ArrayList<>();
  private int skippedCount;
  private String category;
  private int questions;
  private QuizFile quiz;

  /** A true/false question read, its id still to be made when it was not given. */
  private record Read(Statement statement, boolean generatedId) {}

  GiftParse(String file, String[] lines) {
    this(file, lines, key -> true);
  }

  /**
   * @param knownCase whether an integrity case of this key exists, for {@code // @case} lines
   */
  GiftParse(String file, String[] lines, Predicate<String> knownCase) {
    this.file = file;
    this.lines = lines;
    this.knownCase = knownCase;
  }

  GiftProblems problems() {
    return problems;
  }

  QuizFile quiz() {
    return quiz;
  }

  /** The first {@value GiftProblems#KEPT} questions skipped, in file order. */
  List<GiftSkip> skipped() {
    return skipped;
  }

  int skippedCount() {
    return skippedCount;
  }

  void run() {
    // Moodle reads one question per run of non-blank lines.
    int i = 0;
    while (i < lines.length) {
      if (GiftText.phpTrim(lines[i]).isEmpty()) {
        i++;
        continue;
      }
      int start = i;
      while (i < lines.length && !GiftText.phpTrim(lines[i]).isEmpty()) {
        i++;
      }
      block(start, i);
    }
    finish();
  }

  private void problem(int line, String key, Object... args) {
    problems.add(new GiftProblem(file, line, key, args));
  }

  private boolean isComment(int index) {
    return GiftText.phpTrim(lines[index]).startsWith("//");
  }

  private void block(int start, int end) {
    int firstContent = -1;
    for (int k = start; k < end && firstContent < 0; k++) {
      firstContent = isComment(k) ? -1 : k;
    }
    boolean isCategory =
        firstContent >= 0 && GiftText.phpTrim(lines[firstContent]).startsWith(CATEGORY);
    boolean isQuestion = firstContent >= 0 && !isCategory;
    var english = new ArrayList<GiftDirective>();
    GiftDirective caseLink = null;
    for (int k = start; k < end; k++) {
      GiftDirective directive = isComment(k) ? GiftDirective.of(k + 1, lines[k]) : null;
      if (directive == null) {
        continue;
      }
      boolean afterContent = firstContent >= 0 && k > firstContent;
      if (directive.key().equals("en")
          || directive.key().startsWith("en.")
          || directive.key().equals("en+")) {
        if (!isQuestion) {
          problem(k + 1, "en.withoutQuestion", directive.shown());
        } else if (afterContent) {
          problem(k + 1, "en.misplaced", directive.shown());
        } else {
          english.add(directive);
        }
      } else if (directive.key().equals(CASE)) {
        if (!isQuestion) {
          problem(k + 1, "case.withoutQuestion", directive.shown());
        } else if (afterContent) {
          problem(k + 1, "case.misplaced", directive.shown());
        } else if (caseLink != null) {
          problem(k + 1, "case.duplicate", directive.shown(), caseLink.line());
        } else {
          caseLink = directive;
        }
      } else if (!SETTING_KEYS.contains(directive.key())) {
        problem(k + 1, "setting.unknown", directive.shown());
      } else if (questions > 0 || (isQuestion && afterContent)) {
        problem(k + 1, "setting.afterQuestion", directive.shown());
      } else {
        GiftDirective first = settings.putIfAbsent(directive.key(), directive);
        if (first != null) {
          problem(k + 1, "setting.duplicate", directive.shown(), first.line());
        }
      }
    }
    if (isCategory) {
      category(firstContent, end);
    } else if (isQuestion) {
      question(start, end, firstContent, english, caseLink);
    }
  }

  private void category(int index, int end) {
    int line = index + 1;
    for (int k = index + 1; k < end; k++) {
      if (!isComment(k)) {
        // Moodle would take the following lines as part of the category's name.
        problem(k + 1, "category.notAlone");
        break;
      }
    }
    String name = GiftText.phpTrim(lines[index]).substring(CATEGORY.length()).strip();
    if (name.isEmpty()) {
      problem(line, "category.empty");
    } else if (category == null) {
      // Moodle files the questions of a category's subcategories under further $CATEGORY: lines;
      // the quiz takes them all and keeps the first category, the one exported.
      category = name;
    }
  }

  private void question(
      int start, int end, int firstContent, List<GiftDirective> english, GiftDirective caseLink) {
    questions++;
    // Moodle blanks comment lines, trims every line and joins them with line breaks.
    var joined = new StringBuilder();
    var lineOf = new ArrayList<Integer>();
    for (int k = start; k < end; k++) {
      String piece = isComment(k) ? " " : GiftText.phpTrim(lines[k]);
      if (k > start) {
        joined.append('\n');
        lineOf.add(k);
      }
      joined.append(piece);
      for (int c = 0; c < piece.length(); c++) {
        lineOf.add(k + 1);
      }
    }
    int from = GiftText.skipPhpSpace(joined.toString(), 0);
    int to = joined.length();
    while (to > from && GiftText.isPhpSpace(joined.charAt(to - 1))) {
      to--;
    }
    int[] lineArray = lineOf.subList(from, to).stream().mapToInt(Integer::intValue).toArray();
    GiftText.Marked marked = GiftText.mark(joined.subSequence(from, to), lineArray);
    int line = firstContent + 1;
    var question = new GiftQuestionReader(file, line, marked, english, problems);
    Statement statement = question.read();
    if (question.skipped() != null) {
      skip(line, question.skipped(), question.skipExcerpt());
      return;
    }
    if (question.id() != null) {
      Integer first = idLines.putIfAbsent(question.id(), line);
      if (first != null) {
        problem(line, "name.duplicate", question.id(), first);
        return;
      }
    }
    if (statement != null) {
      read.add(new Read(linked(statement, caseLink), question.generatedId()));
    }
  }

  /** The statement with the case its {@code // @case} line names, once the case is known. */
  private Statement linked(Statement statement, GiftDirective caseLink) {
    if (caseLink == null) {
      return statement;
    }
    String key = caseLink.value().strip();
    if (key.isEmpty()) {
      problem(caseLink.line(), "setting.noValue", caseLink.shown());
    } else if (!knownCase.test(key)) {
      problem(caseLink.line(), "case.unknown", GiftText.shorten(key));
    }
    return statement.withCase(key);
  }

  private void skip(int line, QuestionKind kind, String excerpt) {
    skippedCount++;
    if (skipped.size() < GiftProblems.KEPT) {
      // Whether the header declares the kind is known at the end of the file.
      skipped.add(new GiftSkip(file, line, kind, excerpt, false));
    }
  }

  /**
   * The statements with their ids: the given ids first, then the made ones in file order, each made
   * id that is taken already followed by -2, -3…
   */
  private List<Statement> statements() {
    var used = new HashSet<>(idLines.keySet());
    var statements = new ArrayList<Statement>();
    for (Read each : read) {
      Statement statement = each.statement();
      if (each.generatedId()) {
        String base = statement.id();
        String id = base;
        for (int n = 2; !used.add(id); n++) {
          id = base + "-" + n;
        }
        statement = statement.withId(id);
      }
      statements.add(statement);
    }
    return statements;
  }

  /** The kinds the {@code // @skip} line names, each to be skipped in a file of the folder. */
  private Set<QuestionKind> declaredSkips() {
    String value = settings.containsKey("skip") ? value("skip") : null;
    if (value == null) {
      return Set.of();
    }
    var kinds = EnumSet.noneOf(QuestionKind.class);
    for (String name : value.split("[\\s,]+")) {
      var kind = QuestionKind.ofGiftName(name);
      if (kind.isPresent()) {
        kinds.add(kind.get());
      } else if (!name.isEmpty()) {
        problem(
            settings.get("skip").line(),
            "setting.skipKind",
            GiftText.shorten(name),
            QuestionKind.giftNames());
      }
    }
    return kinds;
  }

  private void finish() {
    String id = settings.containsKey("quiz") ? value("quiz") : GiftNames.quizId(category, file);
    if (id != null && !QuizSettings.ID.matcher(id).matches()) {
      problem(settings.get("quiz").line(), "setting.invalidId", GiftText.shorten(id));
      id = null;
    }
    String titleKo =
        settings.containsKey("title.ko") ? value("title.ko") : GiftNames.title(category, file);
    String titleEn = settings.containsKey("title.en") ? value("title.en") : null;
    Integer passMark = number("pass-mark", 1, 100, QuizSettings.DEFAULT_PASS_MARK);
    Integer credit = number("credit-minutes", 0, MAX_COUNT, 0);
    Integer attempts = number("attempts", 0, MAX_COUNT, 0);
    Integer draw = number("draw", 0, MAX_COUNT, 0);
    Integer timeLimit = number("time-limit-minutes", 0, MAX_COUNT, 0);
    Boolean shuffle = truth("shuffle", QuizSettings.DEFAULT_SHUFFLE);
    Boolean assignedOnly = truth("assigned-only", false);
    LocalDate from = date("available-from");
    LocalDate until = date("available-until");
    if (from != null && until != null && from.isAfter(until)) {
      problem(settings.get("available-until").line(), "setting.datesReversed", until, from);
    }
    Set<QuestionKind> declared = declaredSkips();
    skipped.replaceAll(s -> declared.contains(s.kind()) ? s.withDeclared() : s);
    int statements = questions - skippedCount;
    if (draw != null && statements > 0 && draw > statements) {
      problem(settings.get("draw").line(), "setting.drawTooLarge", draw, statements);
    }
    if (questions == 0) {
      problem(0, "quiz.noStatements");
    } else if (statements == 0) {
      problem(0, "quiz.onlySkipped", skippedCount);
    }
    if (problems.isEmpty()) {
      var quizSettings =
          new QuizSettings(
              id,
              titleKo,
              titleEn,
              passMark,
              credit,
              attempts,
              draw,
              shuffle,
              timeLimit,
              from,
              until,
              assignedOnly);
      quiz = new QuizFile(quizSettings, category, statements());
    }
  }

  private String value(String key) {
    GiftDirective directive = settings.get(key);
    if (directive == null) {
      return null;
    }
    String value = directive.value().strip();
    if (value.isEmpty()) {
      problem(directive.line(), "setting.noValue", directive.shown());
      return null;
    }
    return value;
  }

  private Integer number(String key, int min, int max, int fallback) {
    if (!settings.containsKey(key)) {
      return fallback;
    }
    String value = value(key);
    if (value == null) {
      return null;
    }
    if (value.matches("[0-9]{1,9}")) {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    }
    problem(
        settings.get(key).line(),
        "setting.number",
        GiftText.shorten(value),
        "// @" + key,
        min,
        max);
    return null;
  }

  private Boolean truth(String key, boolean fallback) {
    if (!settings.containsKey(key)) {
      return fallback;
    }
    String value = value(key);
    if (value == null) {
      return null;
    }
    if (value.equals("true") || value.equals("false")) {
      return Boolean.valueOf(value);
    }
    problem(settings.get(key).line(), "setting.boolean", GiftText.shorten(value), "// @" + key);
    return null;
  }

  private LocalDate date(String key) {
    String value = settings.containsKey(key) ? value(key) : null;
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(settings.get(key).line(), "setting.date", GiftText.shorten(value), "// @" + key);
      return null;
    }
  }
}
