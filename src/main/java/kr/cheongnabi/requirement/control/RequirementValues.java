package kr.cheongnabi.requirement.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** What HR sets for a year: target and floor in minutes, and how integrity alerts go out. */
public record RequirementValues(
    @Min(0) @Max(RequirementValues.MAX_MINUTES) int targetMinutes,
    @Min(0) @Max(RequirementValues.MAX_MINUTES) int floorMinutes,
    @Min(0) @Max(RequirementValues.MAX_ALERT_DAYS) int alertDaysBefore,
    boolean alertUnitHead)
    implements Serializable {

  /** 100 hours: far above any requirement, low enough to catch a mistyped figure. */
  public static final int MAX_MINUTES = 6000;

  public static final int MAX_ALERT_DAYS = 90;
}
