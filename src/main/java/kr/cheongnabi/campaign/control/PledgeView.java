package kr.cheongnabi.campaign.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a recipient sees behind the link, in their language (HTML already sanitized).
 *
 * @param caseTitle the included case's title, or null; its texts follow as sanitized HTML
 */
public record PledgeView(
    String language,
    String name,
    String title,
    String messageHtml,
    String pledge,
    String channelsHtml,
    String caseTitle,
    String caseSituationHtml,
    String caseConductHtml,
    String caseLaw,
    Instant pledgedAt)
    implements Serializable {

  public boolean pledged() {
    return pledgedAt != null;
  }
}
