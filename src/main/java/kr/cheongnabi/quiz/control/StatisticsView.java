package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.VersionTally.StatementTally;
import kr.cheongnabi.quiz.entity.QuizStatement;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * The statistics of one version of a quiz as the trainer's page shows them: the attempts, and each
 * statement with the share of answers that were wrong, worst first, since those point to the rules
 * people misunderstand.
 *
 * @param open attempts started and not finished
 * @param versions every version of the quiz, newest first
 */
public record StatisticsView(
    String quizKey,
    Long versionId,
    Bilingual title,
    int finished,
    int passed,
    Share passRate,
    int open,
    List<StatementRow> statements,
    List<VersionOption> versions)
    implements Serializable {

  /**
   * A statement with how it was answered.
   *
   * @param number its place in the quiz file, from 1
   * @param text its text as safe HTML
   * @param wrong the wrong answers of all answers given
   * @param unanswered how often finished attempts left it unanswered
   */
  public record StatementRow(
      int number, Bilingual text, boolean correct, Share wrong, int unanswered)
      implements Serializable {}

  /** A version to choose, with the day it was stored (in Korea). */
  public record VersionOption(Long id, int number, LocalDate storedOn, boolean current)
      implements Serializable {}

  private static final Comparator<StatementRow> WORST_FIRST =
      Comparator.comparing(StatementRow::wrong, Share.LARGEST_FIRST)
          .thenComparing(StatementRow::number);

  /**
   * @param version the version shown, with its statements
   * @param versions every version of its quiz, newest first
   * @param tally the totals kept for the version
   */
  static StatisticsView of(QuizVersion version, List<QuizVersion> versions, VersionTally tally) {
    // Read in one persistence context, which holds one instance per row.
    var current = version.getQuiz().getCurrentVersion();
    var rows =
        version.getStatements().stream()
            .map(s -> row(s, tally.statements().get(s.getKey())))
            .sorted(WORST_FIRST)
            .toList();
    var options =
        versions.stream()
            .map(
                v ->
                    new VersionOption(
                        v.getId(),
                        v.getNumber(),
                        LocalDate.ofInstant(v.getCreatedAt(), Attempts.KOREA),
                        v == current))
            .toList();
    return new StatisticsView(
        version.getQuiz().getKey(),
        version.getId(),
        version.getTitle(),
        tally.finished(),
        tally.passed(),
        tally.passRate(),
        tally.open(),
        rows,
        options);
  }

  private static StatementRow row(QuizStatement statement, StatementTally tally) {
    var counted = tally == null ? new StatementTally(0, 0, 0) : tally;
    var text = statement.statement();
    return new StatementRow(
        statement.getPosition() + 1,
        Bilingual.from(text.textKo(), text.textEn(), RichText::html),
        statement.isCorrect(),
        counted.wrongShare(),
        counted.unanswered());
  }
}
