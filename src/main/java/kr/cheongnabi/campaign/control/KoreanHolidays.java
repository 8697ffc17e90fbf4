package kr.cheongnabi.campaign.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kr.cheongnabi.campaign.entity.CampaignSchedule;

/**
 * Seollal (the first day of the first lunar month) and Chuseok (the fifteenth day of the eighth) in
 * the Gregorian calendar, as the Korea Astronomy and Space Science Institute (KASI, 한국천문연구원)
 * computes them for Korea's time zone and the government's holiday calendar publishes them. Korea's
 * dates can differ by a day from China's (Seollal 2027 and 2028), so they are not computed here but
 * kept as published, for 2026 to 2035; the years after need a row each. A test checks every row
 * against ICU's Korean lunisolar calendar (DangiCalendar), an independent computation.
 */
public final class KoreanHolidays {

  /** How many days before the holiday a yearly campaign goes out. */
  public static final int DAYS_BEFORE = 7;

  private static final Map<Integer, LocalDate> SEOLLAL =
      Map.of(
          2026, LocalDate.of(2026, 2, 17),
          2027, LocalDate.of(2027, 2, 7),
          2028, LocalDate.of(2028, 1, 27),
          2029, LocalDate.of(2029, 2, 13),
          2030, LocalDate.of(2030, 2, 3),
          2031, LocalDate.of(2031, 1, 23),
          2032, LocalDate.of(2032, 2, 11),
          2033, LocalDate.of(2033, 1, 31),
          2034, LocalDate.of(2034, 2, 19),
          2035, LocalDate.of(2035, 2, 8));

  private static final Map<Integer, LocalDate> CHUSEOK =
      Map.of(
          2026, LocalDate.of(2026, 9, 25),
          2027, LocalDate.of(2027, 9, 15),
          2028, LocalDate.of(2028, 10, 3),
          2029, LocalDate.of(2029, 9, 22),
          2030, LocalDate.of(2030, 9, 12),
          2031, LocalDate.of(2031, 10, 1),
          2032, LocalDate.of(2032, 9, 19),
          2033, LocalDate.of(2033, 9, 8),
          2034, LocalDate.of(2034, 9, 27),
          2035, LocalDate.of(2035, 9, 16));

  private KoreanHolidays() {}

  public static Optional<LocalDate> seollal(int year) {
    return Optional.ofNullable(SEOLLAL.get(year));
  }

  public static Optional<LocalDate> chuseok(int year) {
    return Optional.ofNullable(CHUSEOK.get(year));
  }

  /**
   * The day of the year's sending of a yearly campaign: a week before the holiday; empty for a
   * schedule that is not yearly or a year the table does not know.
   */
  public static Optional<LocalDate> sendingIn(CampaignSchedule schedule, int year) {
    return switch (schedule) {
      case BEFORE_SEOLLAL -> seollal(year).map(d -> d.minusDays(DAYS_BEFORE));
      case BEFORE_CHUSEOK -> chuseok(year).map(d -> d.minusDays(DAYS_BEFORE));
      case NOW, ON_DATE -> Optional.empty();
    };
  }

  /** The next sending of a yearly campaign on or after the day; empty past the known years. */
  public static Optional<LocalDate> nextSending(CampaignSchedule schedule, LocalDate from) {
    for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
      var day = sendingIn(schedule, year);
      if (day.isPresent() && !day.get().isBefore(from)) {
        return day;
      }
    }
    return Optional.empty();
  }
}
