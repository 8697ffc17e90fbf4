package kr.cheongnabi.requirement.control;

import java.io.Serializable;
import java.util.Objects;
import kr.cheongnabi.ledger.control.YearTarget;
import kr.cheongnabi.people.entity.EmploymentType;

/**
 * A different target and floor for a group of employees.
 *
 * @param value the grade or employment type of the group; empty for senior officials
 */
public record GroupOverride(GroupKind kind, String value, YearTarget target)
    implements Serializable {

  public GroupOverride {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    value = kind.hasValue() ? Objects.requireNonNull(value, "value").trim() : "";
    if (kind.hasValue() && value.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " group needs a value");
    }
    if (kind == GroupKind.EMPLOYMENT_TYPE) {
      EmploymentType.valueOf(value);
    }
  }

  public boolean appliesTo(EmployeeFacts employee) {
    return kind.includes(employee, value);
  }
}
