package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import kr.cheongnabi.ledger.entity.EntryKind;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * An employee's training year as their page shows it: the total against their own target and legal
 * floor, whether a face-to-face session is owed and attended, and every credit with what it came
 * from.
 *
 * @param certificateCode the code of the certificate already issued for this total, or null
 */
public record MyTrainingView(
    YearTotal total, EmployeeTarget owed, List<Line> lines, String certificateCode)
    implements Serializable {

  /** Where the total stands: below the legal floor, between floor and target, or done. */
  public enum Standing {
    BELOW_FLOOR,
    FLOOR_MET,
    TARGET_MET
  }

  /**
   * One credit: when, what kind, from what (or why, for a correction), how many minutes.
   *
   * @param title what it came from; null for a correction
   */
  public record Line(
      LocalDateTime occurredAt, EntryKind kind, Bilingual title, int minutes, String reason)
      implements Serializable {}

  public YearTarget target() {
    return owed.target();
  }

  public Standing standing() {
    if (target().isMetBy(total.total())) {
      return Standing.TARGET_MET;
    }
    return target().floorMetBy(total.total()) ? Standing.FLOOR_MET : Standing.BELOW_FLOOR;
  }

  /** The share of the target credited, 0 to 100, for the bar. */
  public int percent() {
    if (target().targetMinutes() == 0) {
      return 100;
    }
    return Math.max(0, Math.min(100, total.total() * 100 / target().targetMinutes()));
  }

  /** Where the legal floor sits on the bar, 0 to 100. */
  public int floorPercent() {
    return target().targetMinutes() == 0
        ? 0
        : target().floorMinutes() * 100 / target().targetMinutes();
  }

  public int missingMinutes() {
    return Math.max(0, target().targetMinutes() - total.total());
  }
}
