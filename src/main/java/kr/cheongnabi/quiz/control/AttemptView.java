package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.entity.QuizAttempt;

/**
 * An attempt as the learner's page shows it. A statement's correct answer and feedback are in it
 * only once the statement has been answered, so the page cannot give them away earlier.
 *
 * @param remainingSeconds seconds left under the time limit, or -1 without a limit
 * @param timeRanOut closed because its time ran out (on a read, an answer or by the sweeper), not
 *     finished by the learner: scored on the answers given in time
 */
public record AttemptView(
    long attemptId,
    String quizKey,
    Bilingual title,
    List<StatementView> statements,
    boolean finished,
    Integer rightCount,
    int total,
    Boolean passed,
    int passMarkPercent,
    long remainingSeconds,
    boolean timeRanOut)
    implements Serializable {

  /** One statement of the attempt; the outcome parts are null until it has been answered. */
  public record StatementView(
      String key,
      int number,
      Bilingual text,
      Boolean given,
      Boolean correct,
      Bilingual feedback,
      Bilingual explanation,
      String caseKey)
      implements Serializable {

    public boolean isAnswered() {
      return given != null;
    }

    public boolean isRight() {
      return given != null && given.equals(correct);
    }
  }

  static AttemptView of(
      QuizAttempt attempt, TakenVersion version, Map<String, Boolean> answers, Instant now) {
    var ordered = version.inOrder(attempt.statementIds());
    var views =
        IntStream.range(0, ordered.size())
            .mapToObj(
                i ->
                    statement(
                        i + 1,
                        ordered.get(i),
                        answers.get(ordered.get(i).key()),
                        attempt.isFinished()))
            .toList();
    var clock = AttemptClock.between(attempt.getStartedAt(), attempt.getDeadlineAt());
    return new AttemptView(
        attempt.getId(),
        version.quizKey(),
        version.title(),
        views,
        attempt.isFinished(),
        attempt.getRightCount(),
        attempt.getTotal(),
        attempt.getPassed(),
        version.settings().passMarkPercent(),
        clock.remainingAt(now).map(Duration::toSeconds).orElse(-1L),
        attempt.isFinished() && !clock.accepts(attempt.getFinishedAt()));
  }

  /**
   * The quiz as a learner sees it, for its author to try: every statement of the bank in file
   * order, answers kept by the caller, nothing stored. Finished, it is scored as an attempt is.
   */
  public static AttemptView preview(QuizFile quiz, Map<String, Boolean> answers, boolean finished) {
    var bank = quiz.statements();
    var settings = quiz.settings();
    var views =
        IntStream.range(0, bank.size())
            .mapToObj(
                i ->
                    statement(
                        i + 1,
                        StatementHtml.of(bank.get(i)),
                        answers.get(bank.get(i).id()),
                        finished))
            .toList();
    Integer right = null;
    Boolean passed = null;
    if (finished) {
      right =
          (int)
              bank.stream()
                  .filter(s -> Boolean.valueOf(s.correct()).equals(answers.get(s.id())))
                  .count();
      passed = new Score(right, bank.size()).passes(settings.passMarkPercent());
    }
    return new AttemptView(
        0,
        settings.id(),
        Bilingual.englishOptional(settings.titleKo(), settings.titleEn()),
        views,
        finished,
        right,
        bank.size(),
        passed,
        settings.passMarkPercent(),
        -1,
        false);
  }

  /**
   * A statement as shown: the correct answer and the explanation once answered, or once the attempt
   * is over (a statement left unanswered when the time ran out).
   */
  private static StatementView statement(
      int number, StatementHtml s, Boolean given, boolean finished) {
    if (given == null) {
      return finished
          ? new StatementView(
              s.key(), number, s.text(), null, s.correct(), null, s.explanation(), s.caseKey())
          : new StatementView(s.key(), number, s.text(), null, null, null, null, s.caseKey());
    }
    var right = given == s.correct();
    return new StatementView(
        s.key(),
        number,
        s.text(),
        given,
        s.correct(),
        right ? s.right() : s.wrong(),
        s.explanation(),
        s.caseKey());
  }

  /** The first statement not yet answered, counted from 0; the size when all are answered. */
  public int nextIndex() {
    for (int i = 0; i < statements.size(); i++) {
      if (!statements.get(i).isAnswered()) {
        return i;
      }
    }
    return statements.size();
  }

  /**
   * The statement a page opened on the attempt shows: the one answered last, with its outcome, so
   * that a reload keeps what the learner was reading; the first one before any answer.
   */
  public int shownOnOpening() {
    return Math.max(0, nextIndex() - 1);
  }

  /**
   * The statements a page brings along for "Next" while statement {@code shown} (from 0) is on
   * show: those not answered yet, in order, without their answers; "Next" swaps in the first of
   * them, so that going on asks nothing of the server.
   */
  public List<StatementView> upcomingAfter(int shown) {
    return IntStream.range(0, statements.size())
        .filter(i -> i != shown && !statements.get(i).isAnswered())
        .mapToObj(statements::get)
        .toList();
  }

  /** The statement with this key, or null when the attempt did not draw it. */
  public StatementView statement(String key) {
    return statements.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
  }

  /** Every statement has its answer: the finish is next. */
  public boolean allAnswered() {
    return nextIndex() == statements.size();
  }

  /** The share of statements answered, in whole percent, as the progress bar shows it. */
  public int progressPercent() {
    return (int) (answeredCount() * 100 / statements.size());
  }

  public long answeredCount() {
    return statements.stream().filter(StatementView::isAnswered).count();
  }
}
