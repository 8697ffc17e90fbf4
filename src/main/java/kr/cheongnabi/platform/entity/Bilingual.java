package kr.cheongnabi.platform.entity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text in Korean and in English, such as a title or a unit's name. The pages speak Korean or
 * English: Korean for Korean readers, English for everyone else, and Korean for them too where a
 * text has no English ({@link #in(Locale)}).
 *
 * <p>Embedded in an entity, each use maps the two halves to its own columns with
 * {@code @AttributeOverride}s on {@code ko} and {@code en}; a text whose columns are both null is
 * loaded as null. Immutable.
 */
@Embeddable
public class Bilingual implements Serializable {

  private static final long serialVersionUID = 1L;

  private String ko;
  private String en;

  protected Bilingual() {}

  /** A text written in both languages, as titles and names are: neither may be blank. */
  public Bilingual(String ko, String en) {
    this.ko = requireText("Korean", ko);
    this.en = requireText("English", en);
  }

  /**
   * A text that may be missing, or missing only in English, as a quiz feedback written in Korean
   * only: null when there is no Korean text. Blank counts as missing; English with no Korean text
   * is refused, for it would translate nothing.
   */
  public static Bilingual optional(String ko, String en) {
    var korean = isBlank(ko) ? null : ko;
    var english = isBlank(en) ? null : en;
    if (korean == null && english != null) {
      throw new IllegalArgumentException("an English text needs the Korean text it translates");
    }
    return korean == null ? null : unchecked(korean, english);
  }

  /**
   * A text that must be there in Korean and may be missing in English, as the title of a quiz
   * imported from Moodle: blank English counts as missing.
   */
  public static Bilingual englishOptional(String ko, String en) {
    return unchecked(requireText("Korean", ko), isBlank(en) ? null : en);
  }

  /**
   * The texts made from a Korean thing and its English counterpart, e.g. rich texts rendered into
   * HTML; null when there is no Korean thing, and a missing English stays missing. What comes out
   * is not checked again: the HTML of a text may well be empty.
   */
  public static <T> Bilingual from(T korean, T english, Function<? super T, String> text) {
    if (korean == null) {
      if (english != null) {
        throw new IllegalArgumentException("an English text needs the Korean text it translates");
      }
      return null;
    }
    return unchecked(text.apply(korean), english == null ? null : text.apply(english));
  }

  /** The Korean text. */
  public String ko() {
    return ko;
  }

  /**
   * The English text; null only for a text made with {@link #optional}, {@link #from} or {@link
   * #englishOptional}.
   */
  public String en() {
    return en;
  }

  /** The text for readers of this language: Korean for Korean, else English if there is any. */
  public String in(Locale locale) {
    return in(locale.getLanguage());
  }

  /**
   * The text for readers of this language code ("ko", "en"): Korean for "ko", else English, or
   * Korean when there is no English text.
   */
  public String in(String language) {
    return Locale.KOREAN.getLanguage().equals(languageIn(language)) ? ko : en;
  }

  /** The language code of the text {@link #in(String)} gives for readers of this language. */
  public String languageIn(String language) {
    boolean korean = Locale.KOREAN.getLanguage().equals(language) || en == null;
    return korean ? Locale.KOREAN.getLanguage() : Locale.ENGLISH.getLanguage();
  }

  /** Refuses a text longer than its columns hold, in either language. */
  public Bilingual requireAtMost(int length) {
    if (ko.length() > length || en != null && en.length() > length) {
      throw new IllegalArgumentException("longer than " + length + " characters: " + this);
    }
    return this;
  }

  private static Bilingual unchecked(String ko, String en) {
    var text = new Bilingual();
    text.ko = ko;
    text.en = en;
    return text;
  }

  private static String requireText(String language, String text) {
    if (isBlank(text)) {
      throw new IllegalArgumentException("the " + language + " text must not be blank");
    }
    return text;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bilingual that
        && Objects.equals(ko, that.ko)
        && Objects.equals(en, that.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ko, en);
  }

  @Override
  public String toString() {
    return en == null ? ko : ko + " / " + en;
  }
}
