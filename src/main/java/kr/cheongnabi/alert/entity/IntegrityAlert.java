package kr.cheongnabi.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One integrity alert (assignment, stage, recipient) as claimed, sent or failed. Written only by
 * the claims (AlertClaims): an INSERT IGNORE that lets one instance claim it, then conditional
 * updates; read only through queries, for the alert log and the scan of alerts due.
 */
@Entity
@Table(name = "integrity_alert")
public class IntegrityAlert {

  @Id private Long id;

  @Column(name = "assignment_id")
  private long assignmentId;

  @Enumerated(EnumType.STRING)
  private AlertStage stage;

  @Enumerated(EnumType.STRING)
  private AlertRecipient recipient;

  private String address;

  private String locale;

  @Enumerated(EnumType.STRING)
  private AlertState state;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  private String failure;

  protected IntegrityAlert() {}
}
