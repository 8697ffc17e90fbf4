package kr.cheongnabi.cases.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * Reads a case file (README, "Case files"): a header between two {@code ---} lines of {@code name:
 * value} lines, then the texts under {@code ## situation.ko}, {@code ## rule.ko}, {@code ##
 * conduct.ko} and their optional {@code .en} counterparts. Every problem is reported with its line,
 * never only the first; a file with any problem gives no case.
 */
public class CaseFileReader {

  static final String FENCE = "---";
  private static final Pattern HEADING = Pattern.compile("## ([a-z]+\\.[a-z]+)\\s*");
  private static final Set<String> HEADER_NAMES =
      Set.of(
          "case",
          "title.ko",
          "title.en",
          "law.ko",
          "law.en",
          "duty-areas",
          "laws",
          "format",
          "published");
  private static final Set<String> SECTIONS =
      Set.of("situation.ko", "situation.en", "rule.ko", "rule.en", "conduct.ko", "conduct.en");
  // A draft's field and the name a file gives it, to say where a problem is.
  private static final Map<String, String> NAME_OF_FIELD =
      Map.ofEntries(
          Map.entry("key", "case"),
          Map.entry("titleKo", "title.ko"),
          Map.entry("titleEn", "title.en"),
          Map.entry("situationKo", "situation.ko"),
          Map.entry("situationEn", "situation.en"),
          Map.entry("ruleKo", "rule.ko"),
          Map.entry("ruleEn", "rule.en"),
          Map.entry("conductKo", "conduct.ko"),
          Map.entry("conductEn", "conduct.en"),
          Map.entry("lawKo", "law.ko"),
          Map.entry("lawEn", "law.en"),
          Map.entry("laws", "laws"));

  private final Set<String> dutyAreas;

  /**
   * @param dutyAreas the codes of the duty areas a case may be tagged with
   */
  public CaseFileReader(Set<String> dutyAreas) {
    this.dutyAreas = Set.copyOf(dutyAreas);
  }

  /** Reads the text of a file named {@code file} (a leading byte-order mark is skipped). */
  public CaseFile read(String file, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    return new Reading(file, text.split("\r\n|\r|\n", -1)).run();
  }

  private final class Reading {
    private final String file;
    private final String[] lines;
    private final List<CaseFileProblem> problems = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();

    Reading(String file, String[] lines) {
      this.file = file;
      this.lines = lines;
    }

    private void problem(int line, String text) {
      problems.add(new CaseFileProblem(file, line, text));
    }

    CaseFile run() {
      int body = header();
      if (body >= 0) {
        sections(body);
      }
      var draft =
          new CaseDraft(
              values.get("case"),
              format(),
              values.get("title.ko"),
              values.get("title.en"),
              values.get("situation.ko"),
              values.get("situation.en"),
              values.get("rule.ko"),
              values.get("rule.en"),
              values.get("conduct.ko"),
              values.get("conduct.en"),
              values.get("law.ko"),
              values.get("law.en"),
              areas(),
              laws());
      boolean published = published();
      if (body >= 0) {
        for (CaseProblem p : draft.problems()) {
          String name = NAME_OF_FIELD.get(p.field());
          Integer line = lineOf.get(name);
          problem(
              line == null ? 1 : line,
              switch (p.reason()) {
                case CaseProblem.REQUIRED -> "'" + name + "' is missing or empty";
                case CaseProblem.TOO_LONG -> "'" + name + "' is too long";
                default ->
                    "'" + name + "' must be lower-case letters, digits and hyphens (at most 64)";
              });
        }
      }
      problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
      return problems.isEmpty()
          ? new CaseFile(draft, published, List.of())
          : new CaseFile(null, false, problems);
    }

    /** Reads the header; returns the index of the first line after it, or -1. */
    private int header() {
      if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
        problem(1, "a case file starts with a line '---' and its header");
        return -1;
      }
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.equals(FENCE)) {
          return i + 1;
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon).strip();
        if (colon < 0) {
          problem(i + 1, "a header line is 'name: value'; found '" + shorten(line) + "'");
        } else if (!HEADER_NAMES.contains(name)) {
          problem(i + 1, "unknown header '" + shorten(name) + "'; known: " + sorted(HEADER_NAMES));
        } else if (lineOf.containsKey(name)) {
          problem(i + 1, "'" + name + "' is given twice (first on line " + lineOf.get(name) + ")");
        } else {
          lineOf.put(name, i + 1);
          values.put(name, line.substring(colon + 1).strip());
        }
      }
      problem(lines.length, "the header is not closed by a line '---'");
      return -1;
    }

    private void sections(int from) {
      String current = null;
      boolean headingSeen = false;
      boolean strayReported = false;
      var text = new StringBuilder();
      for (int i = from; i < lines.length; i++) {
        var heading = HEADING.matcher(lines[i]);
        if (heading.matches()) {
          close(current, text);
          String name = heading.group(1);
          headingSeen = true;
          current = null;
          if (!SECTIONS.contains(name)) {
            problem(i + 1, "unknown section '## " + name + "'; known: " + sorted(SECTIONS));
          } else if (lineOf.containsKey(name)) {
            problem(
                i + 1, "'## " + name + "' is given twice (first on line " + lineOf.get(name) + ")");
          } else {
            current = name;
            lineOf.put(name, i + 1);
          }
          text.setLength(0);
        } else if (current != null) {
          text.append(lines[i]).append('\n');
        } else if (!headingSeen && !strayReported && !lines[i].isBlank()) {
          problem(i + 1, "text before the first section; start it with '## situation.ko'");
          strayReported = true;
        }
      }
      close(current, text);
    }

    private void close(String section, StringBuilder text) {
      if (section != null) {
        values.put(section, text.toString());
      }
    }

    private TextFormat format() {
      String name = values.get("format");
      if (name == null || name.isEmpty()) {
        return TextFormat.MARKDOWN;
      }
      var format = TextFormat.ofGiftName(name).filter(f -> f != TextFormat.MOODLE);
      if (format.isEmpty()) {
        problem(
            lineOf.get("format"),
            "format is markdown, plain or html; found '" + shorten(name) + "'");
      }
      return format.orElse(TextFormat.MARKDOWN);
    }

    private boolean published() {
      String value = values.getOrDefault("published", "true");
      if (!value.equals("true") && !value.equals("false")) {
        problem(
            lineOf.get("published"), "published is true or false; found '" + shorten(value) + "'");
      }
      return !value.equals("false");
    }

    private Set<String> areas() {
      var areas = new LinkedHashSet<String>();
      for (String code : list("duty-areas")) {
        if (dutyAreas.contains(code)) {
          areas.add(code);
        } else {
          problem(
              lineOf.get("duty-areas"),
              "unknown duty area '" + shorten(code) + "'; known: " + sorted(dutyAreas));
        }
      }
      return areas;
    }

    private Set<Law> laws() {
      var laws = EnumSet.noneOf(Law.class);
      for (String code : list("laws")) {
        Law.ofCode(code)
            .ifPresentOrElse(
                laws::add,
                () ->
                    problem(
                        lineOf.get("laws"),
                        "unknown law '" + shorten(code) + "'; known: " + lawCodes()));
      }
      return laws;
    }

    private List<String> list(String name) {
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        return List.of();
      }
      return List.of(value.split("\\s*,\\s*")).stream()
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    }
  }

  private static String lawCodes() {
    return String.join(", ", java.util.Arrays.stream(Law.values()).map(Law::code).toList());
  }

  private static String sorted(Set<String> names) {
    return String.join(", ", names.stream().sorted().toList());
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
