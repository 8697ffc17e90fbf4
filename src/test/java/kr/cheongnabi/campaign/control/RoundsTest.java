package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import kr.cheongnabi.campaign.entity.CampaignSchedule;
import org.junit.jupiter.api.Test;

class RoundsTest {

  private static final LocalDate MADE = LocalDate.of(2026, 1, 5);

  @Test
  void aOneOffCampaignIsDueFromItsDayOn() {
    var day = LocalDate.of(2026, 3, 2);
    assertEquals(
        Optional.empty(), Rounds.dayOf(CampaignSchedule.ON_DATE, day, day.minusDays(1), MADE));
    assertEquals(Optional.of(day), Rounds.dayOf(CampaignSchedule.ON_DATE, day, day, MADE));
    assertEquals(Optional.of(day), Rounds.dayOf(CampaignSchedule.NOW, day, day.plusDays(3), MADE));
  }

  @Test
  void aYearlyCampaignIsDueTheWeekBeforeTheHolidayOnly() {
    // Chuseok 2026 is on 25 September: the round's day is the 18th.
    var chuseok = CampaignSchedule.BEFORE_CHUSEOK;
    assertEquals(Optional.empty(), Rounds.dayOf(chuseok, null, LocalDate.of(2026, 9, 17), MADE));
    assertEquals(
        Optional.of(LocalDate.of(2026, 9, 18)),
        Rounds.dayOf(chuseok, null, LocalDate.of(2026, 9, 24), MADE));
    assertEquals(Optional.empty(), Rounds.dayOf(chuseok, null, LocalDate.of(2026, 9, 25), MADE));
    assertEquals(
        Optional.empty(),
        Rounds.dayOf(chuseok, null, LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 19)),
        "a campaign made after this year's day waits for next year");
  }
}
