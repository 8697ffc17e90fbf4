package kr.cheongnabi.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.QuizAssignments.Assignment;
import kr.cheongnabi.quiz.entity.Quiz;
import kr.cheongnabi.quiz.entity.QuizAnswer;
import kr.cheongnabi.quiz.entity.QuizAttempt;
import kr.cheongnabi.quiz.entity.QuizCredit;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * Taking a quiz. Every answer is stored on the server the moment it is given, in a transaction of
 * its own; an attempt is finished and scored exactly once, whatever number of requests (double
 * clicks, two tabs, retries) ask for it; the time limit is kept here, not in the browser. Pages
 * reach it only through {@link MyAttempts}, which names the employee from the signed-in caller. A
 * quiz is for the employees of its audience, or, when it is assigned-only, for those a component
 * above assigns it to ({@link QuizAssignments}), whose assignment also says by when and what a pass
 * credits; an attempt already open stays open to its taker when the audience or the assignment
 * changes, so nobody is locked out in the middle of a quiz.
 */
@Stateless
public class Attempts {

  /** Training years and availability dates follow the calendar where the officials work. */
  static final ZoneId KOREA = TrainingYear.KOREA;

  private static final SecureRandom SEEDS = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject OrgTree organisation;
  @Inject QuizTallies tallies;
  @Inject Ledger ledger;
  @Inject TakenVersions versions;
  @Inject Event<QuizAssignments> assignments;

  /**
   * Starts an attempt at the quiz's current version, or resumes the one already open. At most one
   * attempt is open per person and quiz: the database's unique key refuses a second one started at
   * the same moment, and the caller then resumes the first.
   *
   * @return the id of the open attempt
   */
  public long start(long employeeId, String quizKey) {
    var current = currentVersion(quizKey);
    var quiz = current.getQuiz();
    var resumed = openAttempt(quiz.getId(), employeeId);
    if (resumed != null && !closeIfOverdue(resumed, clock.instant())) {
      return resumed.getId();
    }
    var version = versions.of(current.getId());
    var settings = version.settings();
    var now = clock.instant();
    var assignment = requireOffered(employeeId, current, now);
    var used =
        em.createNamedQuery(QuizAttempt.COUNT, Long.class)
            .setParameter("quizId", quiz.getId())
            .setParameter("employeeId", employeeId)
            .getSingleResult()
            .intValue();
    // An assigned quiz counts the attempts of its assignment only: last year's do not use up this
    // year's. The attempt's number still follows all of them.
    var counted =
        assignment.isEmpty()
            ? used
            : em.createNamedQuery(QuizAttempt.COUNT_SINCE, Long.class)
                .setParameter("quizId", quiz.getId())
                .setParameter("employeeId", employeeId)
                .setParameter("since", assignment.get().since())
                .getSingleResult()
                .intValue();
    if (settings.attemptsAllowed() > 0 && counted >= settings.attemptsAllowed()) {
      throw new BusinessException("quiz.noAttemptsLeft", settings.attemptsAllowed());
    }
    var seed = SEEDS.nextLong();
    var plan = AttemptPlan.of(version.bank(), settings.draw(), settings.shuffle(), seed);
    var deadline =
        settings.timeLimitMinutes() > 0
            ? now.plus(Duration.ofMinutes(settings.timeLimitMinutes()))
            : null;
    var order = String.join(",", plan.statementIds());
    // INSERT IGNORE: a second start at the same moment meets the unique key of the open attempt,
    // waits for the first to commit and inserts nothing; both then resume the one attempt.
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO quiz_attempt (quiz_id, quiz_version_id, employee_id, attempt_no,"
                    + " seed, statement_order, started_at, deadline_at, total, open_marker)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            .setParameter(1, quiz.getId())
            .setParameter(2, version.versionId())
            .setParameter(3, employeeId)
            .setParameter(4, used + 1)
            .setParameter(5, seed)
            .setParameter(6, order)
            .setParameter(7, Timestamp.from(now))
            .setParameter(8, deadline == null ? null : Timestamp.from(deadline))
            .setParameter(9, plan.statementIds().size())
            .executeUpdate();
    // A locking read sees the attempt committed by the start that won, which this transaction's
    // snapshot may not. A shared lock, like the one a losing INSERT IGNORE already holds on that
    // row: asking for an exclusive one there would deadlock two losers against each other.
    List<?> open =
        em.createNativeQuery(
                "SELECT id FROM quiz_attempt WHERE quiz_id = ? AND employee_id = ?"
                    + " AND open_marker = 1 LOCK IN SHARE MODE")
            .setParameter(1, quiz.getId())
            .setParameter(2, employeeId)
            .getResultList();
    if (open.isEmpty()) {
      throw new BusinessException("quiz.startAgain", quizKey);
    }
    if (inserted == 1) {
      tallies.started(version.versionId());
    }
    return ((Number) open.get(0)).longValue();
  }

  /**
   * The attempt as its page shows it: correct answers only for statements already answered. An
   * attempt found past its time limit is closed and scored first.
   */
  public AttemptView view(long employeeId, long attemptId) {
    var attempt = of(employeeId, attemptId);
    var now = clock.instant();
    if (closeIfOverdue(attempt, now)) {
      return closed(attempt, now);
    }
    return AttemptView.of(attempt, versions.of(attempt.getQuizVersionId()), answers(attempt), now);
  }

  /**
   * Stores an answer and tells whether it was right, with the explanation: one read of the attempt,
   * one insert, one read of its answers. The first answer to a statement is final: a second one (a
   * retry, another tab) gets the first one's outcome back. An answer after the time limit closes
   * and scores the attempt instead; the view returned is then finished.
   */
  public AttemptView answer(long employeeId, long attemptId, String statementKey, boolean answer) {
    var attempt = of(employeeId, attemptId);
    if (attempt.isFinished()) {
      throw new BusinessException("quiz.attemptFinished");
    }
    if (!attempt.statementIds().contains(statementKey)) {
      throw new BusinessException("quiz.notInAttempt", statementKey);
    }
    var now = clock.instant();
    if (closeIfOverdue(attempt, now)) {
      return closed(attempt, now);
    }
    em.createNativeQuery(
            "INSERT INTO quiz_answer (attempt_id, statement_key, answer, answered_at)"
                + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, attemptId)
        .setParameter(2, statementKey)
        .setParameter(3, answer)
        .setParameter(4, Timestamp.from(now))
        .executeUpdate();
    return AttemptView.of(attempt, versions.of(attempt.getQuizVersionId()), answers(attempt), now);
  }

  /** Finishes and scores the attempt once; see {@link #close}. */
  public AttemptView finish(long employeeId, long attemptId) {
    var attempt = of(employeeId, attemptId);
    var now = clock.instant();
    close(attempt, now);
    return closed(attempt, now);
  }

  /**
   * Closes an attempt left open past its time limit, for the sweeper: scored on the answers given
   * in time, like a finish. Nothing happens when someone finished it already.
   *
   * @return whether this call closed it
   */
  public boolean closeOverdue(long attemptId) {
    var attempt = em.find(QuizAttempt.class, attemptId);
    return attempt != null && closeIfOverdue(attempt, clock.instant());
  }

  /** Open attempts whose time limit has passed (with its grace), the longest overdue first. */
  public List<Long> overdue(int most) {
    return em.createNamedQuery(QuizAttempt.OVERDUE, Long.class)
        .setParameter("before", clock.instant().minus(AttemptClock.GRACE))
        .setMaxResults(most)
        .getResultList();
  }

  private boolean closeIfOverdue(QuizAttempt attempt, Instant now) {
    return !attempt.isFinished()
        && !AttemptClock.between(attempt.getStartedAt(), attempt.getDeadlineAt()).accepts(now)
        && close(attempt, now);
  }

  /** The finished attempt as its page shows it, read again: another request may have closed it. */
  private AttemptView closed(QuizAttempt attempt, Instant now) {
    em.refresh(attempt);
    return AttemptView.of(attempt, versions.of(attempt.getQuizVersionId()), answers(attempt), now);
  }

  /**
   * Finishes and scores the attempt once: the conditional update lets exactly one request through,
   * and only that one counts the attempt in the statistics and records the credited minutes, in
   * quiz_credit and in the hours ledger, in the same transaction. Everyone else reads the stored
   * result.
   *
   * @return whether this call finished it
   */
  private boolean close(QuizAttempt attempt, Instant now) {
    long attemptId = attempt.getId();
    var version = versions.of(attempt.getQuizVersionId());
    var outcomes =
        StatementOutcomes.of(attempt.statementIds(), answers(attempt), version.correctAnswers());
    int right = outcomes.count(StatementOutcomes.Outcome.RIGHT);
    var score = new Score(right, attempt.getTotal());
    var settings = version.settings();
    var passed = score.passes(settings.passMarkPercent());
    int won =
        em.createNativeQuery(
                "UPDATE quiz_attempt SET finished_at = ?, right_count = ?, passed = ?,"
                    + " open_marker = NULL WHERE id = ? AND finished_at IS NULL")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, right)
            .setParameter(3, passed)
            .setParameter(4, attemptId)
            .executeUpdate();
    if (won == 0) {
      return false;
    }
    var creditMinutes = creditMinutes(attempt, version);
    var credits = passed && creditMinutes > 0;
    if (credits) {
      em.createNativeQuery(
              "INSERT INTO quiz_credit (quiz_id, employee_id, attempt_id, training_year, minutes,"
                  + " credited_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
          .setParameter(1, attempt.getQuizId())
          .setParameter(2, attempt.getEmployeeId())
          .setParameter(3, attemptId)
          .setParameter(4, now.atZone(KOREA).getYear())
          .setParameter(5, creditMinutes)
          .setParameter(6, Timestamp.from(now))
          .executeUpdate();
    }
    // Late, so that the rows other finishes of this version may wait for are held a short time.
    tallies.finished(version.versionId(), passed, outcomes);
    if (credits) {
      // Last in the transaction: the ledger holds its chain, which every credit of every employee
      // waits for, locked until the commit.
      em.createNamedQuery(QuizCredit.OF_ATTEMPT, QuizCredit.class)
          .setParameter("attemptId", attemptId)
          .getResultStream()
          .findFirst()
          .ifPresent(credit -> ledger.append(QuizCreditsInLedger.toLedger(credit), Ledger.SYSTEM));
    }
    return true;
  }

  /**
   * The minutes a pass of the attempt credits: the quiz's own, or for an assigned-only quiz those
   * of the assignment the attempt was started under, as it is set when the attempt is finished.
   */
  private int creditMinutes(QuizAttempt attempt, TakenVersion version) {
    if (!version.settings().assignedOnly()) {
      return version.settings().creditMinutes();
    }
    return assignment(attempt.getEmployeeId(), version.quizKey(), attempt.getStartedAt())
        .map(Assignment::creditMinutes)
        .orElse(0);
  }

  private Optional<Assignment> assignment(long employeeId, String quizKey, Instant at) {
    return assigned(employeeId, Set.of(quizKey), at).of(quizKey);
  }

  private QuizAssignments assigned(long employeeId, Set<String> quizKeys, Instant at) {
    var asked = new QuizAssignments(employeeId, quizKeys, at);
    if (!quizKeys.isEmpty()) {
      assignments.fire(asked);
    }
    return asked;
  }

  /** Whether the employee passed the quiz, in a finished attempt, within the training year. */
  public boolean passedIn(long employeeId, long quizId, TrainingYear year) {
    return em.createNamedQuery(QuizAttempt.PASSED_BETWEEN, Long.class)
            .setParameter("quizId", quizId)
            .setParameter("employeeId", employeeId)
            .setParameter("from", year.start())
            .setParameter("until", year.end())
            .getSingleResult()
        > 0;
  }

  /**
   * The quizzes open to the employee today, with their state for this employee: those of their
   * audience, and those where they have an attempt still open.
   */
  public List<QuizCard> cards(long employeeId) {
    return cardsOf(employeeId, null);
  }

  /**
   * The cards of the published quizzes, or of the one with this key. Quizzes are read as a few
   * columns, their versions from {@link TakenVersions}: the page every learner opens before and
   * after each attempt reads no quiz text from the database.
   */
  private List<QuizCard> cardsOf(long employeeId, String onlyKey) {
    var today = LocalDate.now(clock.withZone(KOREA));
    var now = clock.instant();
    var attempts =
        em.createNamedQuery(QuizAttempt.OF_EMPLOYEE, QuizAttempt.class)
            .setParameter("employeeId", employeeId)
            .getResultList();
    // An attempt left open past its limit is closed here at the latest, so that no card offers to
    // resume what can no longer be answered.
    for (var attempt : attempts) {
      if (closeIfOverdue(attempt, now)) {
        em.refresh(attempt);
      }
    }
    var mine = attempts.stream().collect(Collectors.groupingBy(QuizAttempt::getQuizId));
    var published =
        em.createNamedQuery(Quiz.PUBLISHED, Object[].class)
            .getResultStream()
            .map(PublishedQuiz::of)
            .filter(q -> onlyKey == null || q.key().equals(onlyKey))
            .toList();
    var forMyUnits =
        published.stream().allMatch(PublishedQuiz::audienceAll)
            ? Set.<Long>of()
            : quizzesFor(organisation.unitsOf(employeeId));
    var assigned =
        assigned(
            employeeId,
            published.stream()
                .filter(q -> versions.of(q.versionId()).settings().assignedOnly())
                .map(PublishedQuiz::key)
                .collect(Collectors.toSet()),
            now);
    var cards = new ArrayList<QuizCard>();
    for (var quiz : published) {
      var own = mine.getOrDefault(quiz.id(), List.of());
      var version = versions.of(quiz.versionId());
      if (version.settings().assignedOnly()) {
        var assignment = assigned.of(quiz.key());
        var counted =
            assignment
                .map(a -> own.stream().filter(t -> !t.getStartedAt().isBefore(a.since())).toList())
                .orElse(own);
        if ((assignment.isPresent() || counted.stream().anyMatch(a -> !a.isFinished()))
            && isOpenOn(version.settings(), today)) {
          cards.add(card(version, counted, assignment));
        }
        continue;
      }
      if (quiz.audienceAll()
          || forMyUnits.contains(quiz.id())
          || own.stream().anyMatch(a -> !a.isFinished())) {
        if (isOpenOn(version.settings(), today)) {
          cards.add(card(version, own, Optional.empty()));
        }
      }
    }
    return cards;
  }

  /** A published quiz as the cards need it. */
  private record PublishedQuiz(long id, String key, boolean audienceAll, long versionId) {

    static PublishedQuiz of(Object[] row) {
      return new PublishedQuiz(
          ((Number) row[0]).longValue(),
          (String) row[1],
          (Boolean) row[2],
          ((Number) row[3]).longValue());
    }
  }

  /**
   * The quiz as the employee's My quizzes shows it.
   *
   * @throws BusinessException saying why, when it is not offered to the employee
   */
  public QuizCard card(long employeeId, String quizKey) {
    var card = cardsOf(employeeId, quizKey).stream().findFirst();
    if (card.isPresent()) {
      return card.get();
    }
    requireOffered(employeeId, currentVersion(quizKey), clock.instant());
    throw new BusinessException("quiz.notAvailable", quizKey);
  }

  /** Whether the employee may start the quiz now: offered, open, attempts left. */
  public boolean canStart(long employeeId, String quizKey) {
    return cardsOf(employeeId, quizKey).stream().findFirst().map(QuizCard::canStart).orElse(false);
  }

  private QuizVersion currentVersion(String quizKey) {
    return em.createNamedQuery(QuizVersion.CURRENT_BY_KEY, QuizVersion.class)
        .setParameter("key", quizKey)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("quiz.notFound", quizKey));
  }

  /**
   * Refuses a quiz that is not published, not open today, not for the employee's units or, when it
   * is assigned-only, not assigned to the employee now.
   *
   * @return the assignment of an assigned-only quiz; empty for a quiz of an audience
   */
  private Optional<Assignment> requireOffered(long employeeId, QuizVersion current, Instant now) {
    var quiz = current.getQuiz();
    var settings = current.settings();
    if (!quiz.isPublished() || !isOpenOn(settings, now.atZone(KOREA).toLocalDate())) {
      throw new BusinessException("quiz.notAvailable", quiz.getKey());
    }
    if (settings.assignedOnly()) {
      var assignment = assignment(employeeId, quiz.getKey(), now);
      if (assignment.isEmpty()) {
        throw new BusinessException("quiz.notAssigned", quiz.getKey());
      }
      return assignment;
    }
    if (!quiz.admits(organisation.unitsOf(employeeId))) {
      throw new BusinessException("quiz.notInAudience", quiz.getKey());
    }
    return Optional.empty();
  }

  private Set<Long> quizzesFor(List<Long> units) {
    return units.isEmpty()
        ? Set.of()
        : new HashSet<>(
            em.createNamedQuery(Quiz.FOR_UNITS, Long.class)
                .setParameter("units", units)
                .getResultList());
  }

  /**
   * @param assignment the assignment of an assigned-only quiz, whose due date and credit the card
   *     shows; empty for a quiz of an audience
   */
  private static QuizCard card(
      TakenVersion version, List<QuizAttempt> attempts, Optional<Assignment> assignment) {
    var settings = version.settings();
    var open = attempts.stream().filter(a -> !a.isFinished()).findFirst();
    var finished = attempts.stream().filter(QuizAttempt::isFinished).toList();
    var passed = finished.stream().anyMatch(a -> Boolean.TRUE.equals(a.getPassed()));
    var best =
        finished.stream()
            .map(a -> a.getRightCount() * 100 / a.getTotal())
            .max(Integer::compare)
            .orElse(null);
    QuizCard.State state;
    if (open.isPresent()) {
      state = QuizCard.State.IN_PROGRESS;
    } else if (passed) {
      state = QuizCard.State.PASSED;
    } else if (settings.attemptsAllowed() > 0 && attempts.size() >= settings.attemptsAllowed()) {
      state = QuizCard.State.NO_ATTEMPTS_LEFT;
    } else if (!finished.isEmpty()) {
      state = QuizCard.State.FAILED;
    } else {
      state = QuizCard.State.AVAILABLE;
    }
    return new QuizCard(
        version.quizKey(),
        version.title(),
        settings.draw() > 0 ? settings.draw() : version.statements().size(),
        settings.timeLimitMinutes(),
        settings.assignedOnly()
            ? assignment.map(Assignment::creditMinutes).orElse(0)
            : settings.creditMinutes(),
        settings.passMarkPercent(),
        state,
        attempts.size(),
        settings.attemptsAllowed(),
        open.map(QuizAttempt::getId).orElse(null),
        best,
        settings.availableUntil(),
        assignment.map(Assignment::dueDate).orElse(null));
  }

  private static boolean isOpenOn(QuizSettings settings, LocalDate day) {
    return (settings.availableFrom() == null || !day.isBefore(settings.availableFrom()))
        && (settings.availableUntil() == null || !day.isAfter(settings.availableUntil()));
  }

  private QuizAttempt openAttempt(long quizId, long employeeId) {
    return em.createNamedQuery(QuizAttempt.OPEN, QuizAttempt.class)
        .setParameter("quizId", quizId)
        .setParameter("employeeId", employeeId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The attempt, if it is the employee's: anyone else's is refused as if it did not exist. */
  private QuizAttempt of(long employeeId, long attemptId) {
    var attempt = em.find(QuizAttempt.class, attemptId);
    if (attempt == null || attempt.getEmployeeId() != employeeId) {
      throw new BusinessException("quiz.attemptNotFound", attemptId);
    }
    return attempt;
  }

  private Map<String, Boolean> answers(QuizAttempt attempt) {
    return em.createNamedQuery(QuizAnswer.OF_ATTEMPT, QuizAnswer.class)
        .setParameter("attemptId", attempt.getId())
        .getResultStream()
        .collect(Collectors.toMap(QuizAnswer::getStatementKey, QuizAnswer::getAnswer));
  }
}
