package kr.cheongnabi.quiz.control;

import java.util.Arrays;

/**
 * GIFT's escapes and white space, as Moodle's importer treats them. Moodle swaps each escaped
 * character for a placeholder before it looks for names, braces and {@code #}, and back afterwards;
 * characters of Unicode's private use area serve as placeholders here the same way.
 */
final class GiftText {

  /**
   * The characters that {@code \} escapes; {@code \n} is a line break and {@code \\} a backslash.
   */
  static final String SPECIALS = ":#={}~";

  private static final char BASE = '\uE000';

  private GiftText() {}

  /**
   * The text with escapes replaced by placeholders, keeping the line of each character.
   *
   * @param lines the physical line of each character of {@code text}
   */
  static Marked mark(CharSequence text, int[] lines) {
    var out = new StringBuilder(text.length());
    int[] outLines = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      outLines[n++] = lines[i];
      if (c == '\\' && next == '\\') {
        out.append('\\');
        i++;
      } else if (c == '\\' && next != 0 && (SPECIALS.indexOf(next) >= 0 || next == 'n')) {
        out.append((char) (BASE + next));
        i++;
      } else {
        out.append(c);
      }
    }
    return new Marked(out.toString(), Arrays.copyOf(outLines, n));
  }

  /** The text with the placeholders turned back into the characters they stand for. */
  static String restore(String marked) {
    var out = new StringBuilder(marked.length());
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      char original = (char) (c - BASE);
      if (c >= BASE && (SPECIALS.indexOf(original) >= 0)) {
        out.append(original);
      } else if (c == BASE + 'n') {
        out.append('\n');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text written so that Moodle reads it back unchanged, on a single line. */
  static String escape(String text) {
    var out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || SPECIALS.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        // Moodle's own exporter writes \n too: a real line break would lose the indentation of the
        // next line (Moodle trims every line) and an empty line would end the question.
        out.append("\\n");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** PHP's trim(), which Moodle applies: unlike String.strip() it keeps other Unicode spaces. */
  static boolean isPhpSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
  }

  static String phpTrim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isPhpSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isPhpSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  static int skipPhpSpace(String s, int from) {
    int i = from;
    while (i < s.length() && isPhpSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A found text short enough for a message, on one line. */
  static String shorten(String text) {
    String line = text.replace('\n', ' ').strip();
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }

  /** Text with escapes marked, and the physical line of each of its characters. */
  record Marked(String text, int[] lines) {}
}
