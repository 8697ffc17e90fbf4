package kr.cheongnabi.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A participation as queries read it (whether someone was asked and has answered); written only by
 * native statements in the survey's control classes (opening a round, sending, reminding).
 */
@Entity
@Table(name = "survey_participant")
@IdClass(SurveyParticipantView.Key.class)
public class SurveyParticipantView {

  /** The key of a participation: the round and the employee. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long roundId;
    private Long employeeId;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k
          && java.util.Objects.equals(roundId, k.roundId)
          && java.util.Objects.equals(employeeId, k.employeeId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(roundId, employeeId);
    }
  }

  @Id
  @Column(name = "round_id")
  private Long roundId;

  @Id
  @Column(name = "employee_id")
  private Long employeeId;

  @Column(name = "org_unit_id", insertable = false, updatable = false)
  private Long orgUnitId;

  @Column(insertable = false, updatable = false)
  private boolean responded;

  protected SurveyParticipantView() {}

  public Long getRoundId() {
    return roundId;
  }

  public Long getEmployeeId() {
    return employeeId;
  }

  public boolean isResponded() {
    return responded;
  }
}
