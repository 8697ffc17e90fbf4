package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.learning.entity.Lesson;
import kr.cheongnabi.learning.entity.LessonSeen;
import kr.cheongnabi.platform.entity.TrainingYear;

/** Which lessons an employee has seen this training year. */
@Stateless
public class Progress {

  @PersistenceContext EntityManager em;

  /** Records the lesson as seen; seeing it again (another tab, a retry) keeps the first time. */
  public void seen(long employeeId, Lesson lesson, Instant at) {
    // Native: an insert that keeps an existing row (ON DUPLICATE KEY UPDATE), which JPA cannot.
    em.createNativeQuery(
            "INSERT INTO module_progress (employee_id, module_id, lesson_id, training_year,"
                + " seen_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE id = id")
        .setParameter(1, employeeId)
        .setParameter(2, lesson.getModule().getId())
        .setParameter(3, lesson.getId())
        .setParameter(4, TrainingYear.of(at).value())
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
  }

  /** The ids of the module's lessons the employee has seen in the year. */
  public Set<Long> lessonsSeen(long employeeId, long moduleId, TrainingYear year) {
    return em.createNamedQuery(LessonSeen.LESSONS_OF_MODULE, Long.class)
        .setParameter("employeeId", employeeId)
        .setParameter("moduleId", moduleId)
        .setParameter("year", year.value())
        .getResultStream()
        .collect(Collectors.toSet());
  }

  /** How many lessons of each module the employee has seen in the year, by module id. */
  public Map<Long, Integer> countsByModule(long employeeId, TrainingYear year) {
    return em.createNamedQuery(LessonSeen.COUNT_BY_MODULE, Object[].class)
        .setParameter("employeeId", employeeId)
        .setParameter("year", year.value())
        .getResultStream()
        .collect(
            Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).intValue()));
  }
}
