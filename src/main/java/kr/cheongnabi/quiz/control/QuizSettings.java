package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The settings of a quiz, from the {@code // @} header of its GIFT file. Whether {@code draw} fits
 * the number of statements is for {@link QuizFile} to check.
 *
 * @param titleEn the English title, or null: English readers then see the Korean one
 * @param passMarkPercent statements right needed to pass, 1 to 100
 * @param creditMinutes training minutes credited once when passed; 0 = none
 * @param attemptsAllowed attempts per person; 0 = unlimited
 * @param draw statements drawn at random for each attempt; 0 = all
 * @param shuffle statements in random order for each attempt
 * @param timeLimitMinutes time limit of an attempt; 0 = none
 * @param availableFrom first day the quiz can be taken, or null
 * @param availableUntil last day the quiz can be taken, or null
 * @param assignedOnly offered only to the employees a component above the quizzes assigns it to
 *     (the senior officials' self-assessment), through {@link QuizAssignments}, instead of to its
 *     audience
 */
public record QuizSettings(
    String id,
    String titleKo,
    String titleEn,
    int passMarkPercent,
    int creditMinutes,
    int attemptsAllowed,
    int draw,
    boolean shuffle,
    int timeLimitMinutes,
    LocalDate availableFrom,
    LocalDate availableUntil,
    boolean assignedOnly)
    implements Serializable {

  public static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  public static final int DEFAULT_PASS_MARK = 60;
  public static final boolean DEFAULT_SHUFFLE = true;

  public QuizSettings {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a quiz id (1 to 64 letters, digits or -): " + id);
    }
    titleKo = title("titleKo", titleKo);
    titleEn = titleEn == null ? null : title("titleEn", titleEn);
    if (passMarkPercent < 1 || passMarkPercent > 100) {
      throw new IllegalArgumentException("pass mark must be 1 to 100: " + passMarkPercent);
    }
    requireNotNegative("creditMinutes", creditMinutes);
    requireNotNegative("attemptsAllowed", attemptsAllowed);
    requireNotNegative("draw", draw);
    requireNotNegative("timeLimitMinutes", timeLimitMinutes);
    if (availableFrom != null && availableUntil != null && availableFrom.isAfter(availableUntil)) {
      throw new IllegalArgumentException(
          "available from " + availableFrom + " is after available until " + availableUntil);
    }
  }

  /** The settings of the README's table for everything but the id and titles. */
  public static QuizSettings defaults(String id, String titleKo, String titleEn) {
    return new QuizSettings(
        id, titleKo, titleEn, DEFAULT_PASS_MARK, 0, 0, 0, DEFAULT_SHUFFLE, 0, null, null, false);
  }

  public QuizSettings withPassMarkPercent(int value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        value,
        creditMinutes,
        attemptsAllowed,
        draw,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withCreditMinutes(int value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        value,
        attemptsAllowed,
        draw,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withAttemptsAllowed(int value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        value,
        draw,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withDraw(int value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        value,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withShuffle(boolean value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        draw,
        value,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withTimeLimitMinutes(int value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        draw,
        shuffle,
        value,
        availableFrom,
        availableUntil,
        assignedOnly);
  }

  public QuizSettings withAvailability(LocalDate from, LocalDate until) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        draw,
        shuffle,
        timeLimitMinutes,
        from,
        until,
        assignedOnly);
  }

  public QuizSettings withAssignedOnly(boolean value) {
    return new QuizSettings(
        id,
        titleKo,
        titleEn,
        passMarkPercent,
        creditMinutes,
        attemptsAllowed,
        draw,
        shuffle,
        timeLimitMinutes,
        availableFrom,
        availableUntil,
        value);
  }

  private static String title(String name, String value) {
    Objects.requireNonNull(value, name);
    String title = value.strip();
    // A title is one header line of the file.
    if (title.isEmpty() || title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(name + " must be one non-blank line: " + value);
    }
    return title;
  }

  private static void requireNotNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }
}
