package kr.cheongnabi.quiz.control;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Something wrong in a quiz file, kept as a message key and the values found, so that each author
 * reads it in their own language.
 *
 * @param file the file name as shown to the author
 * @param line the 1-based physical line, or 0 when the problem concerns the whole file
 * @param key message key in the {@code messages.gift} bundle
 * @param args the values found, in the order of the message's placeholders
 */
public record GiftProblem(String file, int line, String key, List<String> args) {

  private static final String BUNDLE = "messages.gift";

  // English is the fallback for every locale we have no file for, not the JVM's default locale.
  private static final ResourceBundle.Control ENGLISH_FALLBACK =
      new ResourceBundle.Control() {
        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
          return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? null : Locale.ENGLISH;
        }
      };

  public GiftProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more: " + line);
    }
    args = List.copyOf(args);
  }

  public GiftProblem(String file, int line, String key, Object... args) {
    this(file, line, key, Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The message in the given language, naming the file and line. */
  public String message(Locale locale) {
    var bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, GiftProblem.class.getClassLoader(), ENGLISH_FALLBACK);
    String text = new MessageFormat(bundle.getString(key), locale).format(args.toArray());
    String where =
        line == 0
            ? file
            : new MessageFormat(bundle.getString("where.line"), locale)
                .format(new Object[] {file, String.valueOf(line)});
    return where + ": " + text;
  }
}
