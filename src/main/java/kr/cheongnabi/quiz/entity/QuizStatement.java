package kr.cheongnabi.quiz.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import kr.cheongnabi.platform.entity.Bilingual;
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

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "text_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "text_en"))
  private Bilingual text;

  @Enumerated(EnumType.STRING)
  @Column(name = "wrong_format")
  private TextFormat wrongFormat;

  /** Null where the author wrote none. */
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "wrong_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "wrong_en"))
  private Bilingual wrong;

  @Enumerated(EnumType.STRING)
  @Column(name = "right_format")
  private TextFormat rightFormat;

  /** Null where the author wrote none. */
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "right_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "right_en"))
  private Bilingual right;

  @Enumerated(EnumType.STRING)
  @Column(name = "explanation_format")
  private TextFormat explanationFormat;

  /** Null where the author wrote none. */
  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "explanation_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
  private Bilingual explanation;

  /** The integrity case offered after answering; null where the statement links to none. */
  @Column(name = "case_key")
  private String caseKey;

  protected QuizStatement() {}

  QuizStatement(QuizVersion quizVersion, int position, Statement statement) {
    this.quizVersion = quizVersion;
    this.position = position;
    this.key = statement.id();
    this.correct = statement.correct();
    this.textFormat = statement.textKo().format();
    this.text =
        Bilingual.englishOptional(
            statement.textKo().source(),
            statement.textEn() == null ? null : statement.textEn().source());
    var wrong = statement.wrong();
    this.wrongFormat = wrong.format();
    this.wrong = Bilingual.optional(wrong.ko(), wrong.en());
    var right = statement.right();
    this.rightFormat = right.format();
    this.right = Bilingual.optional(right.ko(), right.en());
    var explanation = statement.explanation();
    this.explanationFormat = explanation.format();
    this.explanation = Bilingual.optional(explanation.ko(), explanation.en());
    this.caseKey = statement.caseKey();
  }

  /** The statement as the quiz file held it. */
  public Statement statement() {
    return Statement.assemble(
            key,
            correct,
            textFormat,
            text.ko(),
            text.en(),
            feedback(wrongFormat, wrong),
            feedback(rightFormat, right),
            feedback(explanationFormat, explanation))
        .withCase(caseKey);
  }

  private static Feedback feedback(TextFormat format, Bilingual text) {
    return text == null
        ? new Feedback(format, null, null)
        : new Feedback(format, text.ko(), text.en());
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
