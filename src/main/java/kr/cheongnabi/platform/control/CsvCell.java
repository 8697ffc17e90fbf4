package kr.cheongnabi.platform.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A value as a CSV cell that a spreadsheet shows and never runs (OWASP, "CSV Injection"): text that
 * starts with {@code = + - @}, a tab or a carriage return would be read by Excel as a formula, so
 * it gets a leading apostrophe, which Excel shows as text and hides. A plain number ({@code -30},
 * {@code 12.5}) stays a number. Every CSV the application writes goes through {@link #row}, and the
 * roster reader takes the apostrophe off again with {@link #plain}, so an exported roster imports
 * as it was.
 */
public final class CsvCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final char QUOTE = '\'';

  private CsvCell() {}

  /** The values of one record, each one safe; numbers and other non-text values unchanged. */
  public static List<Object> row(Iterable<?> values) {
    var safe = new ArrayList<Object>();
    for (var value : values) {
      safe.add(value instanceof CharSequence text ? safe(text.toString()) : value);
    }
    return safe;
  }

  /** The text with an apostrophe in front when a spreadsheet would take it for a formula. */
  public static String safe(String text) {
    return isFormula(text) ? QUOTE + text : text;
  }

  /** The text as it was before {@link #safe}: a cell read back from a file this side wrote. */
  public static String plain(String cell) {
    return cell != null
            && cell.length() > 1
            && cell.charAt(0) == QUOTE
            && isFormula(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean isFormula(String text) {
    return text != null
        && !text.isEmpty()
        && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
        && !NUMBER.matcher(text).matches();
  }
}
