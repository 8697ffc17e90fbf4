package kr.cheongnabi.requirement.control;

/** What a change to a year's requirement changed. */
public enum RequirementSubject {
  TARGET,
  FLOOR,
  ALERT_DAYS_BEFORE,
  ALERT_UNIT_HEAD,
  /** A group's target and floor: added, changed or removed. */
  OVERRIDE
}
