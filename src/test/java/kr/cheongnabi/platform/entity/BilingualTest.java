package kr.cheongnabi.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

  private final Bilingual title = new Bilingual("청렴 교육", "Integrity training");

  @Test
  void readsKoreanToKoreanReaders() {
    assertEquals("청렴 교육", title.in(Locale.KOREAN));
    assertEquals("청렴 교육", title.in(Locale.KOREA));
    assertEquals("청렴 교육", title.in("ko"));
  }

  @Test
  void readsEnglishToEveryoneElse() {
    assertEquals("Integrity training", title.in(Locale.ENGLISH));
    assertEquals("Integrity training", title.in(Locale.FRENCH));
    assertEquals("Integrity training", title.in("en"));
    assertEquals("Integrity training", title.in("ja"));
  }

  @Test
  void refusesAMissingOrBlankTextInEitherLanguage() {
    assertThrows(IllegalArgumentException.class, () -> new Bilingual(null, "Title"));
    assertThrows(IllegalArgumentException.class, () -> new Bilingual(" ", "Title"));
    assertThrows(IllegalArgumentException.class, () -> new Bilingual("제목", null));
    assertThrows(IllegalArgumentException.class, () -> new Bilingual("제목", "\n"));
  }

  @Test
  void anOptionalTextIsNoneWithoutKorean() {
    assertNull(Bilingual.optional(null, null));
    assertNull(Bilingual.optional(" ", ""));
  }

  @Test
  void anOptionalTextMayLackItsEnglishWhereEnglishReadersSeeTheKorean() {
    var feedback = Bilingual.optional("맞습니다.", " ");

    assertNull(feedback.en());
    assertEquals("맞습니다.", feedback.in(Locale.KOREAN));
    assertEquals("맞습니다.", feedback.in(Locale.ENGLISH));
  }

  @Test
  void aTitleMayLackItsEnglishButNeverItsKorean() {
    var title = Bilingual.englishOptional("청탁금지법 퀴즈", null);

    assertEquals("청탁금지법 퀴즈", title.in("en"));
    assertEquals("ko", title.languageIn("en"), "what English readers see is Korean");
    assertEquals("en", new Bilingual("가", "A").languageIn("en"));
    assertEquals("ko", new Bilingual("가", "A").languageIn("ko"));
    assertEquals(
        "Graft Act quiz", Bilingual.englishOptional("청탁금지법 퀴즈", "Graft Act quiz").in("en"));
    assertThrows(IllegalArgumentException.class, () -> Bilingual.englishOptional(" ", "Quiz"));
  }

  @Test
  void anOptionalEnglishTextNeedsTheKoreanItTranslates() {
    assertThrows(IllegalArgumentException.class, () -> Bilingual.optional(null, "Right."));
  }

  @Test
  void madeFromTwoThingsKeepsAMissingEnglishMissing() {
    assertEquals(
        new Bilingual("<p>청렴 교육</p>", "<p>Integrity training</p>"),
        Bilingual.from("청렴 교육", "Integrity training", t -> "<p>" + t + "</p>"));
    assertNull(Bilingual.from("설명", null, String::strip).en());
    assertNull(Bilingual.from(null, null, String::strip));
    assertThrows(IllegalArgumentException.class, () -> Bilingual.from(null, "Note", String::strip));
  }

  @Test
  void madeFromTwoThingsMayBeEmptyAsTheHtmlOfATextMayBe() {
    assertEquals("", Bilingual.from("<script>", "<script>", t -> "").ko());
  }

  @Test
  void refusesATextLongerThanItsColumns() {
    assertSame(title, title.requireAtMost(18));
    assertThrows(IllegalArgumentException.class, () -> title.requireAtMost(17));
  }

  @Test
  void isEqualByItsTexts() {
    assertEquals(new Bilingual("청렴 교육", "Integrity training"), title);
    assertEquals(new Bilingual("청렴 교육", "Integrity training").hashCode(), title.hashCode());
    assertNotEquals(new Bilingual("청렴 교육", "Integrity"), title);
  }
}
