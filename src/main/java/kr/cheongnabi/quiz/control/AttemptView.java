package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.cheongnabi.quiz.entity.QuizAttempt;
import kr.cheongnabi.quiz.entity.QuizStatement;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * An attempt as the learner's page shows it. A statement's correct answer and feedback are in it
 * only once the statement has been answered, so the page cannot give them away earlier.
 *
 * @param remainingSeconds seconds left under the time limit, or -1 without a limit
 */
public record AttemptView(
    long attemptId,
    String quizKey,
    String titleKo,
    String titleEn,
    List<StatementView> statements,
    boolean finished,
    Integer rightCount,
    int total,
    Boolean passed,
    int passMarkPercent,
    long remainingSeconds)
    implements Serializable {

  /** One statement of the attempt; the outcome parts are null until it has been answered. */
  public record StatementView(
      String key,
      int number,
      String textKo,
      String textEn,
      Boolean given,
      Boolean correct,
      String feedbackKo,
      String feedbackEn,
      String explanationKo,
      String explanationEn)
      implements Serializable {

    public boolean isAnswered() {
      return given != null;
    }

    public boolean isRight() {
      return given != null && given.equals(correct);
    }
  }

  static AttemptView of(
      QuizAttempt attempt, QuizVersion version, Map<String, Boolean> answers, Instant now) {
    var byKey =
        version.getStatements().stream()
            .collect(Collectors.toMap(QuizStatement::getKey, QuizStatement::statement));
    var ids = attempt.statementIds();
    var views =
        IntStream.range(0, ids.size())
            .mapToObj(i -> statement(i + 1, byKey.get(ids.get(i)), answers.get(ids.get(i))))
            .toList();
    var clock = AttemptClock.between(attempt.getStartedAt(), attempt.getDeadlineAt());
    return new AttemptView(
        attempt.getId(),
        version.getQuiz().getKey(),
        version.getTitleKo(),
        version.getTitleEn(),
        views,
        attempt.isFinished(),
        attempt.getRightCount(),
        attempt.getTotal(),
        attempt.getPassed(),
        version.settings().passMarkPercent(),
        clock.remainingAt(now).map(Duration::toSeconds).orElse(-1L));
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
            .mapToObj(i -> statement(i + 1, bank.get(i), answers.get(bank.get(i).id())))
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
        settings.titleKo(),
        settings.titleEn(),
        views,
        finished,
        right,
        bank.size(),
        passed,
        settings.passMarkPercent(),
        -1);
  }

  private static StatementView statement(int number, Statement s, Boolean given) {
    if (given == null) {
      return new StatementView(
          s.id(), number, s.textKo().html(), s.textEn().html(), null, null, null, null, null, null);
    }
    var right = given == s.correct();
    return new StatementView(
        s.id(),
        number,
        s.textKo().html(),
        s.textEn().html(),
        given,
        s.correct(),
        html(right ? s.rightKo() : s.wrongKo()),
        html(right ? s.rightEn() : s.wrongEn()),
        html(s.explanationKo()),
        html(s.explanationEn()));
  }

  private static String html(RichText text) {
    return text == null ? null : text.html();
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

  public long answeredCount() {
    return statements.stream().filter(StatementView::isAnswered).count();
  }
}
