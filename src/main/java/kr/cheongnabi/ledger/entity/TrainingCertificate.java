package kr.cheongnabi.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A training certificate as issued: written once, found by its code. */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = TrainingCertificate.BY_CODE,
    query = "SELECT c FROM TrainingCertificate c WHERE c.code = :code")
@NamedQuery(
    name = TrainingCertificate.OF_TOTAL,
    query =
        "SELECT c FROM TrainingCertificate c WHERE c.employeeId = :employeeId AND c.trainingYear = :year"
            + " AND c.totalMinutes = :minutes")
public class TrainingCertificate {

  public static final String BY_CODE = "TrainingCertificate.byCode";
  public static final String OF_TOTAL = "TrainingCertificate.ofTotal";

  @Id private Long id;

  private String code;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "total_minutes")
  private int totalMinutes;

  @Column(name = "online_minutes")
  private int onlineMinutes;

  @Column(name = "in_person_minutes")
  private int inPersonMinutes;

  @Column(name = "external_minutes")
  private int externalMinutes;

  @Column(name = "target_minutes")
  private int targetMinutes;

  @Column(name = "issued_at")
  private Instant issuedAt;

  protected TrainingCertificate() {}

  public String getCode() {
    return code;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getTotalMinutes() {
    return totalMinutes;
  }

  public int getOnlineMinutes() {
    return onlineMinutes;
  }

  public int getInPersonMinutes() {
    return inPersonMinutes;
  }

  public int getExternalMinutes() {
    return externalMinutes;
  }

  public int getTargetMinutes() {
    return targetMinutes;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
