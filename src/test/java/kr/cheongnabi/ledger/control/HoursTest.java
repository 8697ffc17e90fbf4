package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class HoursTest {

  private static final Locale KOREAN = Locale.KOREAN;
  private static final Locale ENGLISH = Locale.ENGLISH;

  @Test
  void minutesShowAsWholeHoursAndTheMinutesLeftOver() {
    assertEquals("7시간 15분", Hours.of(435).text(KOREAN));
    assertEquals("7 h 15 min", Hours.of(435).text(ENGLISH));
  }

  @Test
  void wholeHoursShowNoMinutesAndLessThanAnHourShowsNoHours() {
    assertEquals("5시간", Hours.of(300).text(KOREAN));
    assertEquals("5 h", Hours.of(300).text(ENGLISH));
    assertEquals("45분", Hours.of(45).text(KOREAN));
    assertEquals("45 min", Hours.of(45).text(ENGLISH));
    assertEquals("0시간", Hours.of(0).text(KOREAN));
    assertEquals("0 h", Hours.of(0).text(ENGLISH));
  }

  @Test
  void aCorrectionThatTakesTimeAwayShowsAMinus() {
    assertEquals("-1시간 30분", Hours.of(-90).text(KOREAN));
    assertEquals("-30 min", Hours.of(-30).text(ENGLISH));
  }

  @Test
  void nothingIsRoundedSoAHalfTenthStaysAsItIs() {
    // 75 minutes were 1.2 h on one page and 1.3 h on the certificate.
    assertEquals("1시간 15분", Hours.of(75).text(KOREAN));
    assertEquals("1 h 15 min", Hours.of(75).text(ENGLISH));
  }

  @Test
  void thePartsShownAddUpToTheTotalShown() {
    long[] parts = {75, 360, 0};
    var total = LongStream.of(parts).sum();
    var shownParts = LongStream.of(parts).map(HoursTest::readBack).sum();
    assertEquals(readBack(total), shownParts);
    assertEquals("7 h 15 min", Hours.of(total).text(ENGLISH));
  }

  @Test
  void manyHoursAreGroupedInThousands() {
    assertEquals("1,234 h 5 min", Hours.of(1234 * 60 + 5).text(ENGLISH));
  }

  @Test
  void aSpreadsheetGetsTheSameFigureAsADuration() {
    assertEquals("7:15", Hours.of(435).clock());
    assertEquals("0:05", Hours.of(5).clock());
    assertEquals("1234:00", Hours.of(1234 * 60).clock());
    assertEquals(435 / 1440.0, Hours.of(435).days());
  }

  /** The minutes a reader gets back from the English text. */
  private static long readBack(long minutes) {
    var text = Hours.of(minutes).text(ENGLISH).replace(",", "");
    var hours = text.contains(" h") ? Long.parseLong(text.substring(0, text.indexOf(" h"))) : 0;
    var rest = text.endsWith(" min") ? text.substring(0, text.length() - 4) : "0";
    rest = rest.contains(" h ") ? rest.substring(rest.indexOf(" h ") + 3) : rest;
    return hours * 60 + Long.parseLong(rest);
  }
}
