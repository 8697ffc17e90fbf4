package kr.cheongnabi.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Minutes earned by passing a quiz that credits time, once per quiz, person and training year. The
 * row is written in SQL by the finish that wins (see Attempts); this mapping only reads it.
 */
@Entity
@Table(name = "quiz_credit")
@NamedQuery(
    name = QuizCredit.OF_ATTEMPT,
    query = "SELECT c FROM QuizCredit c WHERE c.attemptId = :attemptId")
@NamedQuery(
    name = QuizCredit.AFTER,
    query = "SELECT c FROM QuizCredit c WHERE c.id > :after ORDER BY c.id")
public class QuizCredit {

  public static final String OF_ATTEMPT = "QuizCredit.ofAttempt";
  public static final String AFTER = "QuizCredit.after";

  @Id private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "attempt_id")
  private long attemptId;

  @Column(name = "training_year")
  private int trainingYear;

  private int minutes;

  @Column(name = "credited_at")
  private Instant creditedAt;

  protected QuizCredit() {}

  public Long getId() {
    return id;
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

  public Instant getCreditedAt() {
    return creditedAt;
  }
}
