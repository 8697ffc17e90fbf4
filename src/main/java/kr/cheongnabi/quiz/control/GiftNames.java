package kr.cheongnabi.quiz.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a plain Moodle file does not give, made from what it does give, the same way on every
 * reading so that a file imported again finds its quiz and its statements (quizzes/README.md, "A
 * plain Moodle file"):
 *
 * <ul>
 *   <li>the quiz id from the {@code $CATEGORY:} path, or else from the file name;
 *   <li>the title from the last segment of that path, or else from the file name;
 *   <li>a statement id from the question's {@code ::name::} when that is no id itself, or else from
 *       its text; the second and later statements that would get the same id get {@code -2}, {@code
 *       -3}… in file order.
 * </ul>
 */
final class GiftNames {

  /** Moodle's export names files {@code questions-course-category-20261207-1523.txt}. */
  private static final Pattern MOODLE_EXPORT_TIME = Pattern.compile("-\\d{8}-\\d{4}$");

  private static final Pattern EXTENSION =
      Pattern.compile("\\.(gift|txt)$", Pattern.CASE_INSENSITIVE);
  private static final int SLUG_LENGTH = 40;
  private static final int TITLE_LENGTH = 200;

  private GiftNames() {}

  /** The quiz id of a file that has no {@code // @quiz} line. */
  static String quizId(String category, String fileName) {
    List<String> path = category == null ? List.of() : segments(category);
    if (!path.isEmpty()) {
      return slugged(path.get(path.size() - 1), category, "quiz");
    }
    String base = baseName(fileName);
    return QuizSettings.ID.matcher(base).matches() ? base : slugged(base, base, "quiz");
  }

  /** The Korean title of a file that has no {@code // @title.ko} line. */
  static String title(String category, String fileName) {
    List<String> path = category == null ? List.of() : segments(category);
    String title = path.isEmpty() ? baseName(fileName) : path.get(path.size() - 1);
    title = title.replaceAll("\\s+", " ").strip();
    if (title.isEmpty()) {
      title = fileName.strip().isEmpty() ? "quiz" : fileName.strip();
    }
    return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH).strip();
  }

  /** The id of a statement whose {@code ::name::} is not an id: made from the name. */
  static String fromName(String name) {
    return slugged(name, name, "n");
  }

  /** The id of a statement without a name: made from its text, white space runs as one space. */
  static String fromText(String text) {
    return "t-" + sha256(text.replaceAll("\\s+", " ").strip()).substring(0, 12);
  }

  /**
   * The segments of a category path, without Moodle's {@code $course$}-like context and its
   * invisible {@code top} category. Moodle writes a slash inside a name as {@code //}.
   */
  static List<String> segments(String category) {
    var segments = new ArrayList<String>();
    for (String part : category.split("(?<!/)/(?!/)")) {
      String segment = part.replace("//", "/").strip();
      boolean context = segment.startsWith("$") && segment.endsWith("$");
      if (!segment.isEmpty() && !context && !(segments.isEmpty() && segment.equals("top"))) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static String baseName(String fileName) {
    String base = EXTENSION.matcher(fileName.strip()).replaceFirst("");
    return MOODLE_EXPORT_TIME.matcher(base).replaceFirst("");
  }

  /** Letters and digits of {@code words} in ASCII, then a hash of {@code whole}. */
  private static String slugged(String words, String whole, String fallback) {
    String ascii =
        Normalizer.normalize(words, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > SLUG_LENGTH) {
      ascii = ascii.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
    }
    return (ascii.isEmpty() ? fallback : ascii) + "-" + sha256(whole).substring(0, 8);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
