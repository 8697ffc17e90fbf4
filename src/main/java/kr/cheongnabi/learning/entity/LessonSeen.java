package kr.cheongnabi.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A lesson an employee has seen in a training year (table module_progress). Written only by the
 * conditional insert of Progress, which keeps the first time.
 */
@Entity
@Table(name = "module_progress")
@NamedQuery(
    name = LessonSeen.LESSONS_OF_MODULE,
    query =
        "SELECT s.lessonId FROM LessonSeen s WHERE s.employeeId = :employeeId"
            + " AND s.moduleId = :moduleId AND s.trainingYear = :year")
@NamedQuery(
    name = LessonSeen.COUNT_BY_MODULE,
    query =
        "SELECT s.moduleId, COUNT(s) FROM LessonSeen s WHERE s.employeeId = :employeeId"
            + " AND s.trainingYear = :year GROUP BY s.moduleId")
@NamedQuery(
    name = LessonSeen.FORGET_LESSON,
    query = "DELETE FROM LessonSeen s WHERE s.lessonId = :lessonId")
public class LessonSeen {

  public static final String LESSONS_OF_MODULE = "LessonSeen.lessonsOfModule";
  public static final String COUNT_BY_MODULE = "LessonSeen.countByModule";
  public static final String FORGET_LESSON = "LessonSeen.forgetLesson";

  @Id private Long id;

  @Column(name = "employee_id")
  private long employeeId;

  @Column(name = "module_id")
  private long moduleId;

  @Column(name = "lesson_id")
  private long lessonId;

  @Column(name = "training_year")
  private int trainingYear;

  @Column(name = "seen_at")
  private Instant seenAt;

  protected LessonSeen() {}

  public long getLessonId() {
    return lessonId;
  }

  public Instant getSeenAt() {
    return seenAt;
  }
}
