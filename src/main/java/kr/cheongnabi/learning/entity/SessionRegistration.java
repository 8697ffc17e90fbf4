package kr.cheongnabi.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A seat taken; written and removed only with the session's counter, by {@code Registrations}. */
@Entity
@Table(name = "session_registration")
public class SessionRegistration {

  @Id private Long id;

  @Column(name = "session_id")
  private long sessionId;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Column(name = "registered_by")
  private String registeredBy;

  protected SessionRegistration() {}

  public long getSessionId() {
    return sessionId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
