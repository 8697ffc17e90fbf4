package kr.cheongnabi.campaign.control;

import java.io.Serializable;

/**
 * What one run of the campaign sending did: mails sent, mails that failed (tried again by a later
 * run), and mails left for another instance, a later run or the next day's limit.
 */
public record CampaignRun(int sent, int failed, int skipped) implements Serializable {

  static final CampaignRun NONE = new CampaignRun(0, 0, 0);

  CampaignRun plus(CampaignRun other) {
    return new CampaignRun(sent + other.sent, failed + other.failed, skipped + other.skipped);
  }
}
