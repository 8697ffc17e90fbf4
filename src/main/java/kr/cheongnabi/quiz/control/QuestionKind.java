package kr.cheongnabi.quiz.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of GIFT question other than true/false, as Moodle's importer tells them apart. A quiz
 * of Cheongnabi holds only true/false statements: a question of these kinds is skipped, and listed
 * by its line and kind.
 */
public enum QuestionKind {
  MULTIPLE_CHOICE,
  SHORT_ANSWER,
  MATCHING,
  NUMERICAL,
  ESSAY,
  /** A text without an answer in braces, which Moodle imports as a description. */
  DESCRIPTION;

  /** The name a {@code // @skip} line uses, e.g. {@code multiple-choice}. */
  public String giftName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<QuestionKind> ofGiftName(String name) {
    return Arrays.stream(values()).filter(k -> k.giftName().equals(name)).findFirst();
  }

  /** Every name a {@code // @skip} line takes, for messages. */
  static String giftNames() {
    return String.join(", ", Arrays.stream(values()).map(QuestionKind::giftName).toList());
  }
}
