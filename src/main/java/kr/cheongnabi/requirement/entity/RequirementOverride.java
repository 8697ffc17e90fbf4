package kr.cheongnabi.requirement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A group's own target and floor in a training year. */
@Entity
@Table(name = "requirement_override")
@NamedQuery(
    name = RequirementOverride.OF_YEAR,
    query =
        "SELECT o FROM RequirementOverride o WHERE o.trainingYear = :year"
            + " ORDER BY o.groupKind, o.groupValue")
public class RequirementOverride {

  public static final String OF_YEAR = "RequirementOverride.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "group_kind")
  private String groupKind;

  @Column(name = "group_value")
  private String groupValue;

  @Column(name = "target_minutes")
  private int targetMinutes;

  @Column(name = "floor_minutes")
  private int floorMinutes;

  protected RequirementOverride() {}

  public RequirementOverride(
      int trainingYear, String groupKind, String groupValue, int targetMinutes, int floorMinutes) {
    this.trainingYear = trainingYear;
    this.groupKind = groupKind;
    this.groupValue = groupValue;
    this.targetMinutes = targetMinutes;
    this.floorMinutes = floorMinutes;
  }

  public void set(int targetMinutes, int floorMinutes) {
    this.targetMinutes = targetMinutes;
    this.floorMinutes = floorMinutes;
  }

  public Long getId() {
    return id;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public String getGroupKind() {
    return groupKind;
  }

  public String getGroupValue() {
    return groupValue;
  }

  public int getTargetMinutes() {
    return targetMinutes;
  }

  public int getFloorMinutes() {
    return floorMinutes;
  }
}
