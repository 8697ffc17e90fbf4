package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.DangiCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import kr.cheongnabi.campaign.entity.CampaignSchedule;
import org.junit.jupiter.api.Test;

class KoreanHolidaysTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @Test
  void knowsSeollalAndChuseokAsKoreaKeepsThem() {
    assertEquals(Optional.of(LocalDate.of(2026, 2, 17)), KoreanHolidays.seollal(2026));
    assertEquals(
        Optional.of(LocalDate.of(2027, 2, 7)), KoreanHolidays.seollal(2027), "a day after China's");
    assertEquals(Optional.of(LocalDate.of(2028, 1, 27)), KoreanHolidays.seollal(2028));
    assertEquals(Optional.of(LocalDate.of(2026, 9, 25)), KoreanHolidays.chuseok(2026));
    assertEquals(Optional.of(LocalDate.of(2028, 10, 3)), KoreanHolidays.chuseok(2028));
    assertEquals(Optional.empty(), KoreanHolidays.seollal(2036));
  }

  @Test
  void everyKnownYearHasBothHolidaysInTheirSeasonAndAboutALunarYearApart() {
    for (int year = 2026; year <= 2035; year++) {
      var seollal = KoreanHolidays.seollal(year).orElseThrow();
      var chuseok = KoreanHolidays.chuseok(year).orElseThrow();
      assertTrue(seollal.isAfter(LocalDate.of(year, 1, 20)), seollal.toString());
      assertTrue(seollal.isBefore(LocalDate.of(year, 2, 21)), seollal.toString());
      assertTrue(chuseok.isAfter(LocalDate.of(year, 9, 6)), chuseok.toString());
      assertTrue(chuseok.isBefore(LocalDate.of(year, 10, 9)), chuseok.toString());
      // The fifteenth day of the eighth month: seven lunar months and fourteen days later, or
      // eight when the year has a leap month before it (2028, 2031, 2033).
      var days = ChronoUnit.DAYS.between(seollal, chuseok);
      assertTrue(days >= 218 && days <= 252, year + ": " + days);
    }
  }

  /**
   * An independent computation: ICU's DangiCalendar is the Korean lunisolar calendar, with new
   * moons reckoned at Korea's meridian, which is what makes Korea's Seollal a day later than
   * China's in some years.
   */
  @Test
  void theTableAgreesWithTheKoreanLunarCalendarEveryKnownYear() {
    for (int year = 2026; year <= 2035; year++) {
      assertEquals(KoreanHolidays.seollal(year), Optional.of(dangi(year, 0, 1)), "Seollal " + year);
      assertEquals(
          KoreanHolidays.chuseok(year), Optional.of(dangi(year, 7, 15)), "Chuseok " + year);
    }
  }

  /** The Gregorian day of a day of a (non-leap) lunar month of the lunar year starting in year. */
  private static LocalDate dangi(int gregorianYear, int month, int day) {
    var calendar = new DangiCalendar(TimeZone.getTimeZone("Asia/Seoul"), ULocale.KOREA);
    calendar.setTimeInMillis(
        LocalDate.of(gregorianYear, 6, 1).atStartOfDay(SEOUL).toInstant().toEpochMilli());
    calendar.set(DangiCalendar.MONTH, month);
    calendar.set(DangiCalendar.IS_LEAP_MONTH, 0);
    calendar.set(DangiCalendar.DAY_OF_MONTH, day);
    var instant = Instant.ofEpochMilli(calendar.getTimeInMillis());
    return instant.atZone(SEOUL).toLocalDate();
  }

  @Test
  void aYearlyCampaignGoesOutAWeekBeforeTheNextHoliday() {
    assertEquals(
        Optional.of(LocalDate.of(2026, 9, 18)),
        KoreanHolidays.nextSending(CampaignSchedule.BEFORE_CHUSEOK, LocalDate.of(2026, 3, 1)));
    assertEquals(
        Optional.of(LocalDate.of(2027, 1, 31)),
        KoreanHolidays.nextSending(CampaignSchedule.BEFORE_SEOLLAL, LocalDate.of(2026, 2, 11)));
    assertEquals(
        Optional.of(LocalDate.of(2026, 2, 10)),
        KoreanHolidays.nextSending(CampaignSchedule.BEFORE_SEOLLAL, LocalDate.of(2026, 2, 10)));
    assertEquals(
        Optional.empty(),
        KoreanHolidays.nextSending(CampaignSchedule.ON_DATE, LocalDate.of(2026, 2, 10)));
  }
}
