package kr.cheongnabi.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A senior official the self-assessment is assigned to, since when. Rows are written in SQL by
 * {@code Assignees} (INSERT IGNORE, so that two readers assigning the same person at once write one
 * row); this mapping only reads them.
 */
@Entity
@Table(name = "self_assessment_assignee")
@IdClass(SelfAssessmentAssignee.Key.class)
@NamedQuery(
    name = SelfAssessmentAssignee.OF_ASSESSMENT,
    query = "SELECT a FROM SelfAssessmentAssignee a WHERE a.assessmentId = :assessmentId")
@NamedQuery(
    name = SelfAssessmentAssignee.IS_ASSIGNED,
    query =
        "SELECT COUNT(a) FROM SelfAssessmentAssignee a WHERE a.assessmentId = :assessmentId"
            + " AND a.employeeId = :employeeId")
public class SelfAssessmentAssignee {

  public static final String OF_ASSESSMENT = "SelfAssessmentAssignee.ofAssessment";
  public static final String IS_ASSIGNED = "SelfAssessmentAssignee.isAssigned";

  /** The primary key: the assessment and the employee. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long assessmentId;
    private Long employeeId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && Objects.equals(assessmentId, k.assessmentId)
          && Objects.equals(employeeId, k.employeeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(assessmentId, employeeId);
    }
  }

  @Id
  @Column(name = "assessment_id")
  private Long assessmentId;

  @Id
  @Column(name = "employee_id")
  private Long employeeId;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  protected SelfAssessmentAssignee() {}

  public long getAssessmentId() {
    return assessmentId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
