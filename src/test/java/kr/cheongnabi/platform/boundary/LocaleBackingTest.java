package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class LocaleBackingTest {

  private final Bilingual title = new Bilingual("청렴 교육", "Integrity training");

  @Test
  void showsATextInTheLanguageOfThePages() {
    var pages = new LocaleBacking();

    pages.adopt("ko");
    assertEquals("청렴 교육", pages.text(title));
    pages.adopt("en");
    assertEquals("Integrity training", pages.text(title));
  }

  @Test
  void showsNothingWhereThereIsNoText() {
    var pages = new LocaleBacking();
    pages.adopt("en");

    assertNull(pages.text(null));
  }

  @Test
  void showsTheKoreanTextMarkedAsKoreanWhereThereIsNoEnglish() {
    var pages = new LocaleBacking();
    pages.adopt("en");
    var korean = Bilingual.optional("한국어로만", null);

    assertEquals("한국어로만", pages.text(korean));
    assertEquals("ko", pages.languageOf(korean));
    assertEquals("en", pages.languageOf(title));
  }
}
