package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.ledger.control.YearTarget;

/**
 * A year's requirement as the settings page shows it.
 *
 * @param version what the page must send back with a change, or null while the year has only the
 *     defaults
 * @param changes the recorded changes, newest first
 */
public record RequirementSettings(
    int year,
    YearTarget target,
    int alertDaysBefore,
    boolean alertUnitHead,
    Long version,
    List<GroupOverride> overrides,
    List<ChangeRow> changes)
    implements Serializable {

  public RequirementSettings {
    overrides = List.copyOf(overrides);
    changes = List.copyOf(changes);
  }

  public YearRequirement requirement() {
    return new YearRequirement(year, target, overrides);
  }
}
