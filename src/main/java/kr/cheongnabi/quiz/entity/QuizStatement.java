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
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.Statement;
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
    this.wrongFormat = format(statement.wrongKo());
    this.wrongKo = source(statement.wrongKo());
    this.wrongEn = source(statement.wrongEn());
    this.rightFormat = format(statement.rightKo());
    this.rightKo = source(statement.rightKo());
    this.rightEn = source(statement.rightEn());
    this.explanationFormat = format(statement.explanationKo());
    this.explanationKo = source(statement.explanationKo());
    this.explanationEn = source(statement.explanationEn());
  }

  /** The statement as the quiz file held it. */
  public Statement statement() {
    return new Statement(
        key,
        new RichText(textKo, textFormat),
        new RichText(textEn, textFormat),
        correct,
        text(wrongKo, wrongFormat),
        text(rightKo, rightFormat),
        text(explanationKo, explanationFormat),
        text(wrongEn, wrongFormat),
        text(rightEn, rightFormat),
        text(explanationEn, explanationFormat));
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

  private static TextFormat format(RichText text) {
    return text == null ? null : text.format();
  }

  private static String source(RichText text) {
    return text == null ? null : text.source();
  }

  private static RichText text(String source, TextFormat format) {
    return source == null ? null : new RichText(source, format);
  }
}
