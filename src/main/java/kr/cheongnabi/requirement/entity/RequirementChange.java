package kr.cheongnabi.requirement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a year's requirement: who, when, what, before and after. Never changed. */
@Entity
@Table(name = "requirement_change")
@NamedQuery(
    name = RequirementChange.OF_YEAR,
    query =
        "SELECT c FROM RequirementChange c WHERE c.trainingYear = :year"
            + " ORDER BY c.changedAt DESC, c.id DESC")
public class RequirementChange {

  public static final String OF_YEAR = "RequirementChange.ofYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  private String subject;

  @Column(name = "before_value")
  private String beforeValue;

  @Column(name = "after_value")
  private String afterValue;

  protected RequirementChange() {}

  public RequirementChange(
      int trainingYear,
      String changedBy,
      Instant changedAt,
      String subject,
      String beforeValue,
      String afterValue) {
    this.trainingYear = trainingYear;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.subject = subject;
    this.beforeValue = beforeValue;
    this.afterValue = afterValue;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getSubject() {
    return subject;
  }

  public String getBeforeValue() {
    return beforeValue;
  }

  public String getAfterValue() {
    return afterValue;
  }
}
