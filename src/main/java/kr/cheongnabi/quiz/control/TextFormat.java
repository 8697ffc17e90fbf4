package kr.cheongnabi.quiz.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a GIFT text is written; the names are Moodle's, as in the {@code [markdown]} prefixes. */
public enum TextFormat {
  /** Moodle's auto-format, the default when a text has no prefix. */
  MOODLE,
  HTML,
  MARKDOWN,
  PLAIN;

  /** The name as written between brackets in a GIFT file, e.g. {@code markdown}. */
  public String giftName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The prefix as written before a text, e.g. {@code [markdown]}. */
  public String prefix() {
    return "[" + giftName() + "]";
  }

  /**
   * The format named exactly as Moodle spells it. Moodle compares case-sensitively, so {@code
   * Markdown} is no format name and stays part of the text.
   */
  public static Optional<TextFormat> ofGiftName(String name) {
    return Arrays.stream(values()).filter(f -> f.giftName().equals(name)).findFirst();
  }
}
