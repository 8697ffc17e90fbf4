package kr.cheongnabi.campaign.control;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * The figures of a campaign's round for one group (everyone, a unit, a duty area): recipients,
 * mails delivered (sent to the SMTP server), links opened, pledges made.
 */
public record Tally(Bilingual label, int recipients, int delivered, int opened, int pledged)
    implements Serializable {

  Tally add(boolean isDelivered, boolean isOpened, boolean isPledged) {
    return new Tally(
        label,
        recipients + 1,
        delivered + (isDelivered ? 1 : 0),
        opened + (isOpened ? 1 : 0),
        pledged + (isPledged ? 1 : 0));
  }

  /** The share pledged of those delivered, in whole percent. */
  public int pledgedPercent() {
    return delivered == 0 ? 0 : Math.round(100f * pledged / delivered);
  }
}
