package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kr.cheongnabi.ledger.control.YearTarget;
import kr.cheongnabi.platform.entity.TrainingYear;

/** What a training year asks: the target and floor of everyone, and of groups that differ. */
public record YearRequirement(int year, YearTarget target, List<GroupOverride> overrides)
    implements Serializable {

  public YearRequirement {
    new TrainingYear(year);
    Objects.requireNonNull(target, "target");
    overrides = List.copyOf(overrides);
  }

  /** The defaults of a year nobody has set: 300 and 120 minutes, no groups. */
  public static YearRequirement byDefault(int year) {
    return new YearRequirement(year, YearTarget.DEFAULT, List.of());
  }

  /**
   * The target of the employee's group: of the overrides that apply the one with the highest target
   * (and then floor) wins; when none applies, the year's own.
   */
  public YearTarget targetOf(EmployeeFacts employee) {
    return overrides.stream()
        .filter(o -> o.appliesTo(employee))
        .map(GroupOverride::target)
        .max(
            Comparator.comparingInt(YearTarget::targetMinutes)
                .thenComparingInt(YearTarget::floorMinutes))
        .orElse(target);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(year, 12, 31);
  }
}
