package kr.cheongnabi.requirement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The target, legal floor and alert settings of one training year. */
@Entity
@Table(name = "requirement_year")
public class RequirementYear {

  /** Integrity alerts go out a week before a due date unless HR says otherwise. */
  public static final int DEFAULT_ALERT_DAYS_BEFORE = 7;

  @Id
  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "target_minutes")
  private int targetMinutes;

  @Column(name = "floor_minutes")
  private int floorMinutes;

  @Column(name = "alert_days_before")
  private int alertDaysBefore;

  @Column(name = "alert_unit_head")
  private boolean alertUnitHead;

  @Version private long version;

  protected RequirementYear() {}

  public RequirementYear(int trainingYear, int targetMinutes, int floorMinutes) {
    this.trainingYear = trainingYear;
    this.targetMinutes = targetMinutes;
    this.floorMinutes = floorMinutes;
    this.alertDaysBefore = DEFAULT_ALERT_DAYS_BEFORE;
  }

  public void set(int targetMinutes, int floorMinutes, int alertDaysBefore, boolean alertUnitHead) {
    this.targetMinutes = targetMinutes;
    this.floorMinutes = floorMinutes;
    this.alertDaysBefore = alertDaysBefore;
    this.alertUnitHead = alertUnitHead;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getTargetMinutes() {
    return targetMinutes;
  }

  public int getFloorMinutes() {
    return floorMinutes;
  }

  public int getAlertDaysBefore() {
    return alertDaysBefore;
  }

  public boolean isAlertUnitHead() {
    return alertUnitHead;
  }

  public long getVersion() {
    return version;
  }
}
