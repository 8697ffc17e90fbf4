package kr.cheongnabi.quiz.boundary;

import java.io.Serializable;
import kr.cheongnabi.quiz.control.Statement;
import kr.cheongnabi.quiz.control.Statement.Feedback;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * One statement as the quiz editor's form holds it: plain strings the trainer types, turned into a
 * {@link Statement} when the quiz is saved. The texts of a statement share one format; a statement
 * read from a file whose feedback had another format keeps it until the trainer picks a format.
 */
public class StatementForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private TextFormat format = TextFormat.MOODLE;
  private TextFormat wrongFormat = TextFormat.MOODLE;
  private TextFormat rightFormat = TextFormat.MOODLE;
  private TextFormat explanationFormat = TextFormat.MOODLE;
  private String textKo;
  private String textEn;
  private Boolean correct;
  private String wrongKo;
  private String wrongEn;
  private String rightKo;
  private String rightEn;
  private String explanationKo;
  private String explanationEn;
  private String caseKey;

  /** A new, empty statement. */
  public StatementForm(String id) {
    this.id = id;
  }

  /** The form of a stored statement. */
  public static StatementForm of(Statement statement) {
    var form = new StatementForm(statement.id());
    form.format = statement.textKo().format();
    form.textKo = statement.textKo().source();
    form.textEn = statement.textEn() == null ? null : statement.textEn().source();
    form.correct = statement.correct();
    var wrong = statement.wrong();
    form.wrongFormat = formatOr(wrong, form.format);
    form.wrongKo = wrong.ko();
    form.wrongEn = wrong.en();
    var right = statement.right();
    form.rightFormat = formatOr(right, form.format);
    form.rightKo = right.ko();
    form.rightEn = right.en();
    var explanation = statement.explanation();
    form.explanationFormat = formatOr(explanation, form.format);
    form.explanationKo = explanation.ko();
    form.explanationEn = explanation.en();
    form.caseKey = statement.caseKey();
    return form;
  }

  /**
   * The statement, once {@link QuizForm#problems()} found nothing wrong with this form.
   *
   * @throws IllegalArgumentException when a text is missing that the problems would have named
   */
  Statement toStatement() {
    return Statement.assemble(
            id,
            correct,
            format,
            textKo,
            textEn,
            new Feedback(wrongFormat, wrongKo, wrongEn),
            new Feedback(rightFormat, rightKo, rightEn),
            new Feedback(explanationFormat, explanationKo, explanationEn))
        .withCase(caseKey);
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static TextFormat formatOr(Feedback feedback, TextFormat fallback) {
    return feedback.format() == null ? fallback : feedback.format();
  }

  public String getId() {
    return id;
  }

  public TextFormat getFormat() {
    return format;
  }

  /** Picking a format applies it to every text of the statement. */
  public void setFormat(TextFormat format) {
    if (format != this.format) {
      this.format = format;
      this.wrongFormat = format;
      this.rightFormat = format;
      this.explanationFormat = format;
    }
  }

  public String getTextKo() {
    return textKo;
  }

  public void setTextKo(String textKo) {
    this.textKo = textKo;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public Boolean getCorrect() {
    return correct;
  }

  public void setCorrect(Boolean correct) {
    this.correct = correct;
  }

  public String getWrongKo() {
    return wrongKo;
  }

  public void setWrongKo(String wrongKo) {
    this.wrongKo = wrongKo;
  }

  public String getWrongEn() {
    return wrongEn;
  }

  public void setWrongEn(String wrongEn) {
    this.wrongEn = wrongEn;
  }

  public String getRightKo() {
    return rightKo;
  }

  public void setRightKo(String rightKo) {
    this.rightKo = rightKo;
  }

  public String getRightEn() {
    return rightEn;
  }

  public void setRightEn(String rightEn) {
    this.rightEn = rightEn;
  }

  public String getExplanationKo() {
    return explanationKo;
  }

  public void setExplanationKo(String explanationKo) {
    this.explanationKo = explanationKo;
  }

  public String getExplanationEn() {
    return explanationEn;
  }

  public void setExplanationEn(String explanationEn) {
    this.explanationEn = explanationEn;
  }

  /** The key of the integrity case offered after answering, or blank for none. */
  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }
}
