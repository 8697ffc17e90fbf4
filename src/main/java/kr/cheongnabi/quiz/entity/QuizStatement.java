package kr.cheongnabi.quiz.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kr.cheongnabi.quiz.control.Statement;
import kr.cheongnabi.quiz.control.Statement.Feedback;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * One statement of one version of a quiz, as written when the version was stored; never changed.
 * The English texts share the format of their Korean counterparts, as in the file.
 */
@Entity
@Table(name = "quiz_statement")
public class QuizStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "quiz_version_id")
  private QuizVersion quizVersion;

  @Column(name = "statement_key")
  private String key;

  private int position;
  private boolean correct;

  @Enumerated(EnumType.STRING)
  @Column(name = "text_format")
  private TextFormat textFormat;

  @Column(name = "text_ko")
  private String textKo;

  @Column(name = "text_en")
  private String textEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "wrong_format")
  private TextFormat wrongFormat;

  @Column(name = "wrong_ko")
  private String wrongKo;

  @Column(name = "wrong_en")
  private String wrongEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "right_format")
  private TextFormat rightFormat;

  @Column(name = "right_ko")
  private String rightKo;

  @Column(name = "right_en")
  private String rightEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "explanation_format")
  private TextFormat explanationFormat;

  @Column(name = "explanation_ko")
  private String explanationKo;

  @Column(name = "explanation_en")
  private String explanationEn;

  protected QuizStatement() {}

  QuizStatement(QuizVersion quizVersion, int position, Statement statement) {
    this.quizVersion = quizVersion;
    this.position = position;
    this.key = statement.id();
    this.correct = statement.correct();
    this.textFormat = statement.textKo().format();
    this.textKo = statement.textKo().source();
    this.textEn = statement.textEn().source();
    var wrong = statement.wrong();
    this.wrongFormat = wrong.format();
    this.wrongKo = wrong.ko();
    this.wrongEn = wrong.en();
    var right = statement.right();
    this.rightFormat = right.format();
    this.rightKo = right.ko();
    this.rightEn = right.en();
    var explanation = statement.explanation();
    this.explanationFormat = explanation.format();
    this.explanationKo = explanation.ko();
    this.explanationEn = explanation.en();
  }

  /** The statement as the quiz file held it. */
  public Statement statement() {
    return Statement.assemble(
        key,
        correct,
        textFormat,
        textKo,
        textEn,
        new Feedback(wrongFormat, wrongKo, wrongEn),
        new Feedback(rightFormat, rightKo, rightEn),
        new Feedback(explanationFormat, explanationKo, explanationEn));
  }

  public Long getId() {
    return id;
  }

  public QuizVersion getQuizVersion() {
    return quizVersion;
  }

  public String getKey() {
    return key;
  }

  /** 0-based place in the file. */
  public int getPosition() {
    return position;
  }

  public boolean isCorrect() {
    return correct;
  }
}
