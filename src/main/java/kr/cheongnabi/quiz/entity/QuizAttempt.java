package kr.cheongnabi.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One attempt of one person at one quiz, on the version it was started on, with the statements it
 * drew in the order shown. Finishing is done by a conditional update (see Attempts), so an attempt
 * is scored once however many requests try to finish it.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = QuizAttempt.OPEN,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.quizId = :quizId AND a.employeeId = :employeeId"
            + " AND a.finishedAt IS NULL")
@NamedQuery(
    name = QuizAttempt.COUNT,
    query =
        "SELECT COUNT(a) FROM QuizAttempt a WHERE a.quizId = :quizId"
            + " AND a.employeeId = :employeeId")
@NamedQuery(
    name = QuizAttempt.COUNT_SINCE,
    query =
        "SELECT COUNT(a) FROM QuizAttempt a WHERE a.quizId = :quizId"
            + " AND a.employeeId = :employeeId AND a.startedAt >= :since")
@NamedQuery(
    name = QuizAttempt.OF_EMPLOYEE,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.employeeId = :employeeId ORDER BY a.startedAt DESC")
@NamedQuery(
    name = QuizAttempt.PASSED_BETWEEN,
    query =
        "SELECT COUNT(a) FROM QuizAttempt a WHERE a.quizId = :quizId"
            + " AND a.employeeId = :employeeId AND a.passed = TRUE"
            + " AND a.finishedAt >= :from AND a.finishedAt < :until")
@NamedQuery(
    name = QuizAttempt.OVERDUE,
    query =
        "SELECT a.id FROM QuizAttempt a WHERE a.finishedAt IS NULL AND a.deadlineAt < :before"
            + " ORDER BY a.deadlineAt")
public class QuizAttempt {

  public static final String OPEN = "QuizAttempt.open";
  public static final String COUNT = "QuizAttempt.count";

  /** Attempts at an assigned quiz that count for its assignment: those started since it began. */
  public static final String COUNT_SINCE = "QuizAttempt.countSince";

  public static final String OF_EMPLOYEE = "QuizAttempt.ofEmployee";
  public static final String PASSED_BETWEEN = "QuizAttempt.passedBetween";
  public static final String OVERDUE = "QuizAttempt.overdue";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "quiz_id")
  private long quizId;

  @Column(name = "quiz_version_id")
  private long quizVersionId;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "attempt_no")
  private int attemptNo;

  private long seed;

  @Column(name = "statement_order")
  private String statementOrder;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "deadline_at")
  private Instant deadlineAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "right_count")
  private Integer rightCount;

  private int total;

  private Boolean passed;

  @Column(name = "open_marker")
  private Integer openMarker;

  protected QuizAttempt() {}

  public QuizAttempt(
      long quizId,
      long quizVersionId,
      long employeeId,
      int attemptNo,
      long seed,
      List<String> statementIds,
      Instant startedAt,
      Instant deadlineAt) {
    this.quizId = quizId;
    this.quizVersionId = quizVersionId;
    this.employeeId = employeeId;
    this.attemptNo = attemptNo;
    this.seed = seed;
    this.statementOrder = String.join(",", statementIds);
    this.startedAt = startedAt;
    this.deadlineAt = deadlineAt;
    this.total = statementIds.size();
    this.openMarker = 1;
  }

  public List<String> statementIds() {
    return Arrays.asList(statementOrder.split(","));
  }

  public boolean isFinished() {
    return finishedAt != null;
  }

  public Long getId() {
    return id;
  }

  public long getQuizId() {
    return quizId;
  }

  public long getQuizVersionId() {
    return quizVersionId;
  }

  public long getEmployeeId() {
    return employeeId;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getDeadlineAt() {
    return deadlineAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Integer getRightCount() {
    return rightCount;
  }

  public int getTotal() {
    return total;
  }

  public Boolean getPassed() {
    return passed;
  }
}
