package kr.cheongnabi.campaign.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A round of a campaign as HR follows it: the totals, the figures per unit and per duty area, and
 * every recipient (for the list of employees who have not pledged and the export).
 */
public record Tracking(
    int round, Tally total, List<Tally> byUnit, List<Tally> byArea, List<Line> lines)
    implements Serializable {

  /** One recipient of the round. */
  public record Line(
      String name,
      String email,
      String kind,
      String unit,
      String areas,
      Instant deliveredAt,
      boolean reminded,
      Instant openedAt,
      Instant pledgedAt)
      implements Serializable {}

  /** The employees who got the message and have not pledged. */
  public List<Line> notPledged() {
    return lines.stream()
        .filter(l -> "EMPLOYEE".equals(l.kind()) && l.pledgedAt() == null)
        .toList();
  }
}
