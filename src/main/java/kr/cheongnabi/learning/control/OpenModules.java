package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kr.cheongnabi.learning.entity.Lesson;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * The modules an employee may take today: published, within their dates (in Korea), and meant for
 * everyone or for the employee's unit or a unit above it.
 */
@Stateless
public class OpenModules {

  @PersistenceContext EntityManager em;
  @Inject OrgTree organisation;
  @Inject Clock clock;

  public List<TrainingModule> to(long employeeId) {
    var chain = organisation.unitsOf(employeeId);
    var today = today();
    return em.createNamedQuery(TrainingModule.PUBLISHED, TrainingModule.class)
        .getResultStream()
        .filter(m -> m.isOpenOn(today) && m.isFor(chain))
        .toList();
  }

  /** Every published module with its audience, whoever it is for and whenever it is open. */
  public List<TrainingModule> published() {
    return em.createNamedQuery(TrainingModule.PUBLISHED, TrainingModule.class).getResultList();
  }

  /** The module, if it is open to the employee; refused as unknown otherwise. */
  public TrainingModule one(long employeeId, String key) {
    return em.createNamedQuery(TrainingModule.BY_KEY, TrainingModule.class)
        .setParameter("key", key)
        .getResultStream()
        .filter(m -> isOpenTo(m, employeeId))
        .findFirst()
        .orElseThrow(() -> new BusinessException("module.notAvailable", key));
  }

  /** The lesson, if its module is open to the employee; refused as unknown otherwise. */
  public Lesson lesson(long employeeId, long lessonId) {
    return lessonIfOpen(employeeId, lessonId)
        .orElseThrow(() -> new BusinessException("module.lessonNotFound", lessonId));
  }

  /** The lesson, if its module is open to the employee. */
  public Optional<Lesson> lessonIfOpen(long employeeId, long lessonId) {
    return Optional.ofNullable(em.find(Lesson.class, lessonId))
        .filter(lesson -> isOpenTo(lesson.getModule(), employeeId));
  }

  private boolean isOpenTo(TrainingModule module, long employeeId) {
    return module.isPublished()
        && module.isOpenOn(today())
        && module.isFor(organisation.unitsOf(employeeId));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TrainingYear.KOREA));
  }
}
