package kr.cheongnabi.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One answer, stored the moment it is given and never changed afterwards. */
@Entity
@Table(name = "quiz_answer")
@NamedQuery(
    name = QuizAnswer.OF_ATTEMPT,
    query = "SELECT a FROM QuizAnswer a WHERE a.attemptId = :attemptId")
public class QuizAnswer {

  public static final String OF_ATTEMPT = "QuizAnswer.ofAttempt";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempt_id")
  private long attemptId;

  @Column(name = "statement_key")
  private String statementKey;

  private boolean answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected QuizAnswer() {}

  public String getStatementKey() {
    return statementKey;
  }

  public boolean getAnswer() {
    return answer;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
