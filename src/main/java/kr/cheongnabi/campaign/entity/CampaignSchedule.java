package kr.cheongnabi.campaign.entity;

/** When a campaign goes out: at once, on a date, or every year a week before a holiday. */
public enum CampaignSchedule {
  NOW,
  ON_DATE,
  BEFORE_SEOLLAL,
  BEFORE_CHUSEOK;

  public boolean yearly() {
    return this == BEFORE_SEOLLAL || this == BEFORE_CHUSEOK;
  }
}
