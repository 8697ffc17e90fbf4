package kr.cheongnabi.people.control;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Something wrong with a roster file, kept as a message key and its arguments so that each HR
 * officer reads it in their own language.
 *
 * @param line physical line in the file (the header is line 1)
 * @param column the header name as written in the file, or null when the problem concerns the whole
 *     line or file
 * @param key message key in the {@code messages.roster} bundle
 * @param args the values found, already shortened for display
 */
public record RosterProblem(int line, String column, String key, List<String> args) {

  private static final String BUNDLE = "messages.roster";

  // English is the fallback for every locale we have no file for, not the JVM's default locale,
  // which on a Korean server would silently turn an English request into Korean.
  private static final ResourceBundle.Control ENGLISH_FALLBACK =
      new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
          return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? null : Locale.ENGLISH;
        }
      };

  public RosterProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public RosterProblem(int line, String column, String key, Object... args) {
    this(line, column, key, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The message in the given language, prefixed with the column it concerns. */
  public String message(Locale locale) {
    var bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, RosterProblem.class.getClassLoader(), ENGLISH_FALLBACK);
    String text = new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    return column == null ? text : column + ": " + text;
  }
}
