package kr.cheongnabi.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Training an employee took elsewhere, with its certificate (stored apart, in
 * evidence_certificate). It is created here; its decision is made only by a conditional SQL update
 * in {@code EvidenceClaims}, so this entity never changes the state.
 */
@Entity
@Table(name = "evidence_claim")
@NamedQuery(
    name = EvidenceClaim.OF_EMPLOYEE,
    query =
        "SELECT c FROM EvidenceClaim c WHERE c.employeeId = :employeeId"
            + " ORDER BY c.submittedAt DESC")
@NamedQuery(
    name = EvidenceClaim.COUNT_IN_STATE,
    query = "SELECT COUNT(c) FROM EvidenceClaim c WHERE c.state = :state")
public class EvidenceClaim {

  public static final String OF_EMPLOYEE = "EvidenceClaim.ofEmployee";
  public static final String COUNT_IN_STATE = "EvidenceClaim.countInState";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  private String title;
  private String provider;

  @Column(name = "taken_on")
  private LocalDate takenOn;

  @Column(name = "training_year")
  private int trainingYear;

  private int minutes;

  @Enumerated(EnumType.STRING)
  private ClaimState state;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  private String reason;

  @Column(name = "certificate_name")
  private String certificateName;

  @Column(name = "certificate_type")
  private String certificateType;

  @Column(name = "certificate_size")
  private int certificateSize;

  protected EvidenceClaim() {}

  public EvidenceClaim(
      long employeeId, EvidenceForm form, int minutes, EvidenceFile certificate, Instant now) {
    this.employeeId = employeeId;
    this.title = form.title().strip();
    this.provider = form.provider().strip();
    this.takenOn = form.takenOn();
    this.trainingYear = form.takenOn().getYear();
    this.minutes = minutes;
    this.state = ClaimState.SUBMITTED;
    this.submittedAt = now;
    this.certificateName = certificate.fileName();
    this.certificateType = certificate.type().mediaType();
    this.certificateSize = certificate.content().length;
  }

  public Long getId() {
    return id;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getMinutes() {
    return minutes;
  }

  public ClaimState getState() {
    return state;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public String getCertificateName() {
    return certificateName;
  }

  public String getCertificateType() {
    return certificateType;
  }

  public int getCertificateSize() {
    return certificateSize;
  }
}
