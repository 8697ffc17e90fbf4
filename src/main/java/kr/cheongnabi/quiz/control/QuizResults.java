package kr.cheongnabi.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.entity.Quiz;
import kr.cheongnabi.quiz.entity.QuizVersion;

/**
 * The assigned-only quizzes and their results per person, for the component above that assigns them
 * (the senior officials' self-assessment): read as one grouped query per quiz, never attempt by
 * attempt. Callers check who may see them.
 */
@Stateless
public class QuizResults {

  @PersistenceContext EntityManager em;

  /**
   * An assigned-only quiz as the one assigning it chooses it.
   *
   * @param statements how many statements an attempt asks: the draw, or the whole bank
   */
  public record AssignedQuiz(
      String key,
      Bilingual title,
      int statements,
      int bank,
      int passMarkPercent,
      int attemptsAllowed,
      int timeLimitMinutes) {

    static AssignedQuiz of(QuizVersion version) {
      var settings = version.settings();
      int bank = version.getStatements().size();
      return new AssignedQuiz(
          settings.id(),
          version.getTitle(),
          settings.draw() > 0 ? settings.draw() : bank,
          bank,
          settings.passMarkPercent(),
          settings.attemptsAllowed(),
          settings.timeLimitMinutes());
    }
  }

  /**
   * One person's attempts at a quiz within a time window.
   *
   * @param attempts attempts started, finished or not
   * @param firstFinishedAt when the first of them was finished, or null
   * @param bestPercent the best score of a finished one in percent (rounded down, as the learner's
   *     card shows it), or null
   * @param passed whether one of them passed
   */
  public record PersonResult(
      long employeeId, int attempts, Instant firstFinishedAt, Integer bestPercent, boolean passed) {

    public boolean finished() {
      return firstFinishedAt != null;
    }
  }

  /** The published quizzes whose current version is assigned-only, by key. */
  public List<AssignedQuiz> assignedOnly() {
    return em.createQuery(
            "SELECT v FROM Quiz q JOIN q.currentVersion v"
                + " WHERE q.published = TRUE AND v.assignedOnly = TRUE ORDER BY q.key",
            QuizVersion.class)
        .getResultStream()
        .map(AssignedQuiz::of)
        .toList();
  }

  /** The quiz, when it is published and its current version is assigned-only. */
  public Optional<AssignedQuiz> assignedOnly(String quizKey) {
    return assignedOnly().stream().filter(q -> q.key().equals(quizKey)).findFirst();
  }

  /**
   * Each person's attempts at the quiz started in {@code [from, until)}, by employee id; people
   * without one are left out.
   *
   * @param until the end of the window, or null for none
   */
  public Map<Long, PersonResult> between(String quizKey, Instant from, Instant until) {
    var quizId =
        em.createNamedQuery(Quiz.BY_KEY, Quiz.class)
            .setParameter("key", quizKey)
            .getResultStream()
            .findFirst()
            .map(Quiz::getId);
    if (quizId.isEmpty()) {
      return Map.of();
    }
    // Native: MySQL's integer division (DIV) gives the percent as the learner's card rounds it; the
    // rows are grouped over the index (quiz_id, started_at), reading the window's attempts once.
    var query =
        em.createNativeQuery(
                "SELECT employee_id, COUNT(*), MIN(finished_at),"
                    + " MAX(CASE WHEN finished_at IS NOT NULL AND total > 0"
                    + " THEN right_count * 100 DIV total END),"
                    + " MAX(CASE WHEN passed THEN 1 ELSE 0 END)"
                    + " FROM quiz_attempt WHERE quiz_id = ? AND started_at >= ?"
                    + (until == null ? "" : " AND started_at < ?")
                    + " GROUP BY employee_id")
            .setParameter(1, quizId.get())
            .setParameter(2, Timestamp.from(from));
    if (until != null) {
      query.setParameter(3, Timestamp.from(until));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    var results = new HashMap<Long, PersonResult>();
    for (var row : rows) {
      var employeeId = ((Number) row[0]).longValue();
      results.put(
          employeeId,
          new PersonResult(
              employeeId,
              ((Number) row[1]).intValue(),
              instant(row[2]),
              row[3] == null ? null : ((Number) row[3]).intValue(),
              row[4] != null && ((Number) row[4]).intValue() == 1));
    }
    return results;
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDateTime local
        ? Timestamp.valueOf(local).toInstant()
        : ((Timestamp) value).toInstant();
  }
}
