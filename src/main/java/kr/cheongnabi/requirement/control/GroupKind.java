package kr.cheongnabi.requirement.control;

/** The groups of employees a year's requirement can ask something else of. */
public enum GroupKind {
  /** Senior officials; the group has no value. */
  SENIOR_OFFICIAL {
    @Override
    boolean includes(EmployeeFacts employee, String value) {
      return employee.seniorOfficial();
    }
  },
  /** The employees of one grade, as written on the roster (e.g. 5급). */
  GRADE {
    @Override
    boolean includes(EmployeeFacts employee, String value) {
      return employee.grade() != null && employee.grade().trim().equalsIgnoreCase(value);
    }
  },
  /** The employees of one employment type (REGULAR, FIXED_TERM, CONTRACT). */
  EMPLOYMENT_TYPE {
    @Override
    boolean includes(EmployeeFacts employee, String value) {
      return employee.employmentType().name().equals(value);
    }
  };

  abstract boolean includes(EmployeeFacts employee, String value);

  /** Whether the group is told apart by a value (a grade, a type) rather than by itself. */
  public boolean hasValue() {
    return this != SENIOR_OFFICIAL;
  }
}
