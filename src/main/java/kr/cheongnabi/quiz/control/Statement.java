package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One OX statement of a quiz: its Korean and optional English text, whether it is true, and the
 * optional feedback shown after answering. The English parts are read in the format of their Korean
 * counterparts, and an English feedback needs a Korean one (Moodle would show nothing). Where the
 * English is missing, English readers see the Korean text.
 *
 * @param id the GIFT name {@code ::id::}, or the id made for a question without one; stable across
 *     versions of the file
 * @param textEn the English text, or null
 * @param correct true when the right answer is O
 * @param wrongKo shown when answered wrongly, or null
 * @param rightKo shown when answered right, or null
 * @param explanationKo GIFT's general feedback, shown in any case, or null
 * @param caseKey the integrity case the learner is offered to read after answering ({@code //
 *     @case}), or null
 */
public record Statement(
    String id,
    RichText textKo,
    RichText textEn,
    boolean correct,
    RichText wrongKo,
    RichText rightKo,
    RichText explanationKo,
    RichText wrongEn,
    RichText rightEn,
    RichText explanationEn,
    String caseKey)
    implements Serializable {

  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public Statement {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "not a statement id (1 to 64 letters, digits, _ or -): " + id);
    }
    Objects.requireNonNull(textKo, "textKo");
    if (textEn != null) {
      requireSameFormat("textEn", textEn, textKo);
    }
    requireCounterpart("wrongEn", wrongEn, wrongKo);
    requireCounterpart("rightEn", rightEn, rightKo);
    requireCounterpart("explanationEn", explanationEn, explanationKo);
    caseKey = caseKey == null || caseKey.isBlank() ? null : caseKey.strip();
  }

  /** A statement that links to no case. */
  public Statement(
      String id,
      RichText textKo,
      RichText textEn,
      boolean correct,
      RichText wrongKo,
      RichText rightKo,
      RichText explanationKo,
      RichText wrongEn,
      RichText rightEn,
      RichText explanationEn) {
    this(
        id,
        textKo,
        textEn,
        correct,
        wrongKo,
        rightKo,
        explanationKo,
        wrongEn,
        rightEn,
        explanationEn,
        null);
  }

  /** The same statement linking to this case (null for none). */
  public Statement withCase(String caseKey) {
    return new Statement(
        id,
        textKo,
        textEn,
        correct,
        wrongKo,
        rightKo,
        explanationKo,
        wrongEn,
        rightEn,
        explanationEn,
        caseKey);
  }

  /**
   * A feedback or the explanation as the quiz tables and the editor keep it: the texts of both
   * languages side by side with their format. A null or blank text is none.
   */
  public record Feedback(TextFormat format, String ko, String en) implements Serializable {

    static Feedback of(RichText korean, RichText english) {
      return new Feedback(
          korean == null ? null : korean.format(),
          korean == null ? null : korean.source(),
          english == null ? null : english.source());
    }

    RichText korean() {
      return text(ko);
    }

    RichText english() {
      return text(en);
    }

    private RichText text(String source) {
      return source == null || source.isBlank() ? null : new RichText(source, format);
    }
  }

  /** The statement from texts kept side by side, as the quiz tables and the editor hold them. */
  public static Statement assemble(
      String id,
      boolean correct,
      TextFormat format,
      String textKo,
      String textEn,
      Feedback wrong,
      Feedback right,
      Feedback explanation) {
    return new Statement(
        id,
        new RichText(textKo, format),
        textEn == null || textEn.isBlank() ? null : new RichText(textEn, format),
        correct,
        wrong.korean(),
        right.korean(),
        explanation.korean(),
        wrong.english(),
        right.english(),
        explanation.english());
  }

  public Feedback wrong() {
    return Feedback.of(wrongKo, wrongEn);
  }

  public Feedback right() {
    return Feedback.of(rightKo, rightEn);
  }

  public Feedback explanation() {
    return Feedback.of(explanationKo, explanationEn);
  }

  /** The same statement under another id. */
  public Statement withId(String other) {
    return new Statement(
        other,
        textKo,
        textEn,
        correct,
        wrongKo,
        rightKo,
        explanationKo,
        wrongEn,
        rightEn,
        explanationEn,
        caseKey);
  }

  /** A statement without feedback. */
  public static Statement of(String id, RichText textKo, RichText textEn, boolean correct) {
    return new Statement(id, textKo, textEn, correct, null, null, null, null, null, null);
  }

  private static void requireCounterpart(String name, RichText english, RichText korean) {
    if (english == null) {
      return;
    }
    if (korean == null) {
      throw new IllegalArgumentException(name + " needs the Korean feedback it translates");
    }
    requireSameFormat(name, english, korean);
  }

  private static void requireSameFormat(String name, RichText english, RichText korean) {
    if (english.format() != korean.format()) {
      throw new IllegalArgumentException(
          name + " is " + english.format() + " but its Korean text is " + korean.format());
    }
  }
}
