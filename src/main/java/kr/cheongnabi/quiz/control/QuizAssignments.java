package kr.cheongnabi.quiz.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Asks which quizzes of {@code // @assigned-only true} are assigned to an employee at a moment.
 * Such a quiz is not offered to an audience: a component above the quizzes (the senior officials'
 * self-assessment) decides who takes it, by when, and what a pass credits. The quizzes cannot call
 * it, since it comes after them in the components' order: they fire this event, and the component
 * that assigns answers by {@link #assign}. Nobody answering means the quiz is assigned to nobody.
 */
public final class QuizAssignments {

  /**
   * A quiz assigned to the employee.
   *
   * @param since attempts started from then on count for the assignment (its attempts, its state);
   *     earlier ones belong to an earlier assignment of the same quiz
   * @param dueDate the day it is due, or null
   * @param creditMinutes the training minutes a pass credits, in place of the quiz's own; 0 = none
   */
  public record Assignment(Instant since, LocalDate dueDate, int creditMinutes) {

    public Assignment {
      Objects.requireNonNull(since, "since");
      if (creditMinutes < 0) {
        throw new IllegalArgumentException("creditMinutes must not be negative: " + creditMinutes);
      }
    }
  }

  private final long employeeId;
  private final Set<String> quizKeys;
  private final Instant at;
  private final Map<String, Assignment> assigned = new HashMap<>();

  /**
   * @param quizKeys the assigned-only quizzes asked about
   * @param at the moment asked about: now to offer a quiz, an attempt's start to credit its pass
   */
  public QuizAssignments(long employeeId, Set<String> quizKeys, Instant at) {
    this.employeeId = employeeId;
    this.quizKeys = Set.copyOf(quizKeys);
    this.at = Objects.requireNonNull(at, "at");
  }

  public long employeeId() {
    return employeeId;
  }

  public Set<String> quizKeys() {
    return quizKeys;
  }

  public Instant at() {
    return at;
  }

  /** For the observer: the quiz is assigned to the employee at {@link #at()}. */
  public void assign(String quizKey, Assignment assignment) {
    if (!quizKeys.contains(quizKey)) {
      throw new IllegalArgumentException(quizKey + " was not asked about");
    }
    assigned.put(quizKey, Objects.requireNonNull(assignment, "assignment"));
  }

  public Optional<Assignment> of(String quizKey) {
    return Optional.ofNullable(assigned.get(quizKey));
  }
}
