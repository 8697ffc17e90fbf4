package kr.cheongnabi.followup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up training assigned to an employee for a training year: a module or a session, the
 * minutes it covers and its due date. Written only by the INSERT IGNORE of FollowUps (its unique
 * key assigns each training once), never changed; read only through queries, which derive its state
 * from what the employee did (FollowUpStates).
 */
@Entity
@Table(name = "follow_up_assignment")
public class FollowUpAssignment {

  @Id private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "module_id")
  private Long moduleId;

  @Column(name = "session_id")
  private Long sessionId;

  @Column(name = "item_key")
  private String itemKey;

  private int minutes;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  protected FollowUpAssignment() {}
}
