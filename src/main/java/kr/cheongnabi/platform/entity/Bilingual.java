package kr.cheongnabi.platform.entity;

import java.util.Locale;

/** The pages speak Korean or English: Korean for Korean readers, English for everyone else. */
public final class Bilingual {

  private Bilingual() {}

  public static String pick(Locale locale, String korean, String english) {
    return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? korean : english;
  }
}
