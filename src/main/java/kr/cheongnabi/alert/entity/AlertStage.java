package kr.cheongnabi.alert.entity;

/**
 * When an integrity alert is sent, relative to the due date of a follow-up assignment (Korea time):
 * in the days before it (the year's {@code alert_days_before}), on it, or once it has passed.
 */
public enum AlertStage {
  BEFORE,
  ON,
  AFTER
}
