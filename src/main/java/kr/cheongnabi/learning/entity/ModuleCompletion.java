package kr.cheongnabi.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A module completed by an employee in a training year, with the minutes it credited. Written only
 * by the conditional insert of ModuleCompletions, never changed.
 */
@Entity
@Table(name = "module_completion")
@NamedQuery(
    name = ModuleCompletion.OF_EMPLOYEE_IN_YEAR,
    query =
        "SELECT c FROM ModuleCompletion c WHERE c.employeeId = :employeeId"
            + " AND c.trainingYear = :year")
@NamedQuery(
    name = ModuleCompletion.OF_MODULE,
    query =
        "SELECT c FROM ModuleCompletion c WHERE c.moduleId = :moduleId"
            + " AND c.employeeId = :employeeId AND c.trainingYear = :year")
public class ModuleCompletion {

  public static final String OF_EMPLOYEE_IN_YEAR = "ModuleCompletion.ofEmployeeInYear";
  public static final String OF_MODULE = "ModuleCompletion.ofModule";

  @Id private Long id;

  @Column(name = "module_id")
  private long moduleId;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "training_year")
  private int trainingYear;

  private int minutes;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected ModuleCompletion() {}

  public Long getId() {
    return id;
  }

  public long getModuleId() {
    return moduleId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getMinutes() {
    return minutes;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
