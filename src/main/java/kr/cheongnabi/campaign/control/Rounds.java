package kr.cheongnabi.campaign.control;

import java.time.LocalDate;
import java.util.Optional;
import kr.cheongnabi.campaign.entity.Campaign;
import kr.cheongnabi.campaign.entity.CampaignSchedule;

/**
 * The day of a campaign's current round, once it has come. A one-off campaign has one round, on its
 * day, and is sent as soon as an instance runs on or after it. A yearly one has a round each year a
 * week before the holiday, sent from that day until the eve of the holiday (a message "before
 * Chuseok" is not sent after it), and never for a day before the campaign was made.
 */
final class Rounds {

  private Rounds() {}

  static Optional<LocalDate> dayOf(Campaign campaign, LocalDate today, LocalDate createdOn) {
    return dayOf(campaign.getSchedule(), campaign.getSendOn(), today, createdOn);
  }

  static Optional<LocalDate> dayOf(
      CampaignSchedule schedule, LocalDate sendOn, LocalDate today, LocalDate createdOn) {
    if (!schedule.yearly()) {
      return sendOn != null && !sendOn.isAfter(today) ? Optional.of(sendOn) : Optional.empty();
    }
    return KoreanHolidays.sendingIn(schedule, today.getYear())
        .filter(day -> !day.isAfter(today))
        .filter(day -> today.isBefore(day.plusDays(KoreanHolidays.DAYS_BEFORE)))
        .filter(day -> !day.isBefore(createdOn));
  }
}
