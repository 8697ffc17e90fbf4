package kr.cheongnabi.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That an employee attended a session, with the minutes it credits. Written once by an INSERT that
 * only one request can win, and never changed or deleted: read-only here.
 */
@Entity
@Table(name = "session_attendance")
@NamedQuery(
    name = Attendance.OF_SESSION,
    query = "SELECT a FROM Attendance a WHERE a.sessionId = :sessionId")
public class Attendance {

  public static final String OF_SESSION = "Attendance.ofSession";

  @Id private Long id;

  @Column(name = "session_id")
  private long sessionId;

  @Column(name = "employee_id")
  private long employeeId;

  private int minutes;

  @Enumerated(EnumType.STRING)
  private AttendanceMethod method;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Attendance() {}

  public long getSessionId() {
    return sessionId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getMinutes() {
    return minutes;
  }

  public AttendanceMethod getMethod() {
    return method;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
