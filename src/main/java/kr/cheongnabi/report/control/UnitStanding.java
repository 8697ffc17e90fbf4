package kr.cheongnabi.report.control;

import java.io.Serializable;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A unit's figures for a training year, its own people and those of all its sub-units together.
 * Only people who owe hours are counted in {@code owing}, {@code metTarget}, {@code floorOnly} and
 * {@code belowFloor} (which add up to {@code owing}); {@code creditedMinutes} counts everyone.
 *
 * @param name the unit's name; null for the whole organisation
 */
public record UnitStanding(
    long unitId,
    Long parentId,
    String code,
    Bilingual name,
    int depth,
    int people,
    int owing,
    int metTarget,
    int floorOnly,
    int belowFloor,
    int faceToFaceMissing,
    long owedMinutes,
    long creditedMinutes,
    long missingMinutes)
    implements Serializable {

  /** The share of people who owe hours and met the target, 0 to 1; 1 when nobody owes any. */
  public double completionRate() {
    return owing == 0 ? 1.0 : (double) metTarget / owing;
  }

  /** Whole per cent, rounded down, so 99.6 % does not show as a finished 100 %. */
  public int completionPercent() {
    return owing == 0 ? 100 : (int) (100L * metTarget / owing);
  }

  /**
   * How the completion reads at a glance, as the bars colour it: "good" from 90 %, "fair" from 60
   * %, "poor" below.
   */
  public String completionRating() {
    var percent = completionPercent();
    return percent >= 90 ? "good" : percent >= 60 ? "fair" : "poor";
  }

  UnitStanding plus(UnitStanding other) {
    return new UnitStanding(
        unitId,
        parentId,
        code,
        name,
        depth,
        people + other.people,
        owing + other.owing,
        metTarget + other.metTarget,
        floorOnly + other.floorOnly,
        belowFloor + other.belowFloor,
        faceToFaceMissing + other.faceToFaceMissing,
        owedMinutes + other.owedMinutes,
        creditedMinutes + other.creditedMinutes,
        missingMinutes + other.missingMinutes);
  }

  UnitStanding atDepth(int newDepth) {
    return new UnitStanding(
        unitId,
        parentId,
        code,
        name,
        newDepth,
        people,
        owing,
        metTarget,
        floorOnly,
        belowFloor,
        faceToFaceMissing,
        owedMinutes,
        creditedMinutes,
        missingMinutes);
  }
}
