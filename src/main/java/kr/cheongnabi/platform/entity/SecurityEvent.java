package kr.cheongnabi.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One security event, kept for audit: a sign-in, a password change, or an attempt to decide or
 * correct one's own hours that was refused (with what was tried).
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  public enum Kind {
    SIGNED_IN,
    WRONG_PASSWORD,
    UNKNOWN_USER,
    LOCKED_OUT,
    REFUSED_WHILE_LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    /** An HR officer tried to decide their own external-training claim. */
    OWN_CLAIM_REFUSED,
    /** Someone tried to record a correction of their own hours. */
    OWN_CORRECTION_REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String username;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "remote_address")
  private String remoteAddress;

  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(Instant occurredAt, String username, Kind kind, String remoteAddress) {
    this(occurredAt, username, kind, remoteAddress, null);
  }

  /** An event with what was tried, e.g. which claim; cut to the column's 200 characters. */
  public SecurityEvent(
      Instant occurredAt, String username, Kind kind, String remoteAddress, String detail) {
    this.occurredAt = occurredAt;
    this.username = username.length() > 64 ? username.substring(0, 64) : username;
    this.kind = kind;
    this.remoteAddress = remoteAddress;
    this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public Kind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }
}
