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

/** One sign-in event, kept for audit. */
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
    PASSWORD_RESET
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

  protected SecurityEvent() {}

  public SecurityEvent(Instant occurredAt, String username, Kind kind, String remoteAddress) {
    this.occurredAt = occurredAt;
    this.username = username.length() > 64 ? username.substring(0, 64) : username;
    this.kind = kind;
    this.remoteAddress = remoteAddress;
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
}
