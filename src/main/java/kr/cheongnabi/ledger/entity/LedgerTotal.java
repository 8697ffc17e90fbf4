package kr.cheongnabi.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An employee's credited minutes in a training year, kept up to date by each append (in SQL, so
 * that racing appends add up); pages and reports read these instead of adding up the ledger.
 */
@Entity
@Table(name = "ledger_total")
@NamedQuery(
    name = LedgerTotal.OF_EMPLOYEE_YEAR,
    query =
        "SELECT t FROM LedgerTotal t WHERE t.employeeId = :employeeId AND t.trainingYear = :year")
public class LedgerTotal {

  public static final String OF_EMPLOYEE_YEAR = "LedgerTotal.ofEmployeeYear";

  @Id private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "total_minutes")
  private int totalMinutes;

  @Column(name = "module_minutes")
  private int moduleMinutes;

  @Column(name = "quiz_minutes")
  private int quizMinutes;

  @Column(name = "in_person_minutes")
  private int inPersonMinutes;

  @Column(name = "external_minutes")
  private int externalMinutes;

  @Column(name = "correction_minutes")
  private int correctionMinutes;

  @Column(name = "entry_count")
  private int entryCount;

  @Column(name = "last_credit_at")
  private Instant lastCreditAt;

  protected LedgerTotal() {}

  public long getEmployeeId() {
    return employeeId;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public int getTotalMinutes() {
    return totalMinutes;
  }

  public int getModuleMinutes() {
    return moduleMinutes;
  }

  public int getQuizMinutes() {
    return quizMinutes;
  }

  public int getInPersonMinutes() {
    return inPersonMinutes;
  }

  public int getExternalMinutes() {
    return externalMinutes;
  }

  public int getCorrectionMinutes() {
    return correctionMinutes;
  }

  public int getEntryCount() {
    return entryCount;
  }

  public Instant getLastCreditAt() {
    return lastCreditAt;
  }
}
