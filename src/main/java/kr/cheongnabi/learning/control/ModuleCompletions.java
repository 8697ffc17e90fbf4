package kr.cheongnabi.learning.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.learning.entity.ModuleCompletion;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.ledger.control.Credit;
import kr.cheongnabi.ledger.control.Ledger;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.Attempts;

/**
 * Completing a module: once every lesson is seen and the final quiz (if any) passed in the same
 * training year, the module is recorded as completed and its minutes credited exactly once per
 * training year, however many requests (double clicks, two tabs, retries, instances) ask for it.
 * Pages reach it only through {@link MyModules}, which names the employee from the signed-in
 * caller.
 */
@Stateless
public class ModuleCompletions {

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject OpenModules open;
  @Inject Progress progress;
  @Inject Attempts attempts;
  @Inject Clock clock;

  /**
   * Completes the module, or returns the completion already recorded this training year. The unique
   * key of module_completion lets one insert through; only the request whose insert went in credits
   * the minutes, and every request returns the one stored row.
   */
  public Completion complete(long employeeId, String moduleKey) {
    var now = clock.instant();
    var year = TrainingYear.of(now);
    var module = open.one(employeeId, moduleKey);
    var done = of(employeeId, module.getId(), year);
    if (done.isPresent()) {
      return done.get();
    }
    var seen = progress.lessonsSeen(employeeId, module.getId(), year);
    long unseen = module.getLessons().stream().filter(l -> !seen.contains(l.getId())).count();
    if (unseen > 0) {
      throw new BusinessException("module.lessonsUnseen", unseen);
    }
    if (module.getQuizId() != null && !attempts.passedIn(employeeId, module.getQuizId(), year)) {
      throw new BusinessException("module.quizNotPassed");
    }
    var inserted = record(employeeId, module, year.value(), now);
    return stored(employeeId, module.getId(), year, inserted);
  }

  /**
   * Records the completion at the moment given and credits its minutes, unless the module was
   * completed in that year already; also for the demo history, which completes modules in the past
   * (public: an EJB answers only public methods through its proxy).
   *
   * @return whether this call recorded it
   */
  public boolean record(long employeeId, TrainingModule module, int year, Instant at) {
    // INSERT IGNORE, not ON DUPLICATE KEY UPDATE: Connector/J counts found rather than changed
    // rows, so only INSERT IGNORE tells the one request that inserted (1) from the others (0).
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO module_completion (module_id, employee_id, training_year,"
                    + " minutes, completed_at) VALUES (?, ?, ?, ?, ?)")
            .setParameter(1, module.getId())
            .setParameter(2, employeeId)
            .setParameter(3, year)
            .setParameter(4, module.getCreditMinutes())
            .setParameter(5, Timestamp.from(at))
            .executeUpdate();
    if (inserted == 1 && module.getCreditMinutes() > 0) {
      // The ledger's source is the completion, not the module: a module credits once a year.
      long completionId =
          ((Number)
                  em.createNativeQuery(
                          "SELECT id FROM module_completion WHERE module_id = ? AND employee_id = ?"
                              + " AND training_year = ?")
                      .setParameter(1, module.getId())
                      .setParameter(2, employeeId)
                      .setParameter(3, year)
                      .getSingleResult())
              .longValue();
      // Last of the writes: the ledger keeps its chain locked until the commit.
      ledger.append(
          Credit.module(employeeId, year, module.getCreditMinutes(), completionId, at),
          Ledger.SYSTEM);
    }
    return inserted == 1;
  }

  /** The completion of the module in the year, if any. */
  public Optional<Completion> of(long employeeId, long moduleId, TrainingYear year) {
    return em.createNamedQuery(ModuleCompletion.OF_MODULE, ModuleCompletion.class)
        .setParameter("moduleId", moduleId)
        .setParameter("employeeId", employeeId)
        .setParameter("year", year.value())
        .getResultStream()
        .findFirst()
        .map(ModuleCompletions::completion);
  }

  /** The modules each of these employees completed in the year, by employee. */
  public Map<Long, Set<Long>> completedIn(int year, Collection<Long> employeeIds) {
    return em.createQuery(
            "SELECT c.employeeId, c.moduleId FROM ModuleCompletion c"
                + " WHERE c.trainingYear = :year AND c.employeeId IN :ids",
            Object[].class)
        .setParameter("year", year)
        .setParameter("ids", employeeIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toSet())));
  }

  /** The employee's completions in the year, by module id. */
  public Map<Long, Completion> inYear(long employeeId, TrainingYear year) {
    return em.createNamedQuery(ModuleCompletion.OF_EMPLOYEE_IN_YEAR, ModuleCompletion.class)
        .setParameter("employeeId", employeeId)
        .setParameter("year", year.value())
        .getResultStream()
        .map(ModuleCompletions::completion)
        .collect(Collectors.toMap(Completion::moduleId, Function.identity()));
  }

  /**
   * The stored row, read with a shared lock: a plain read would see this transaction's snapshot,
   * taken before the winning request committed. The insert that found the row holds that lock
   * already, so this waits for nobody. Native: a shared-lock read (LOCK IN SHARE MODE).
   */
  private Completion stored(long employeeId, long moduleId, TrainingYear year, boolean inserted) {
    var row =
        (Object[])
            em.createNativeQuery(
                    "SELECT minutes, completed_at FROM module_completion WHERE module_id = ?"
                        + " AND employee_id = ? AND training_year = ? LOCK IN SHARE MODE")
                .setParameter(1, moduleId)
                .setParameter(2, employeeId)
                .setParameter(3, year.value())
                .getSingleResult();
    return new Completion(
        moduleId, year.value(), ((Number) row[0]).intValue(), instant(row[1]), inserted);
  }

  /** A DATETIME as Connector/J hands it to a native query: written and read in the JVM's zone. */
  private static Instant instant(Object datetime) {
    return datetime instanceof LocalDateTime local
        ? Timestamp.valueOf(local).toInstant()
        : ((Timestamp) datetime).toInstant();
  }

  private static Completion completion(ModuleCompletion c) {
    return new Completion(
        c.getModuleId(), c.getTrainingYear(), c.getMinutes(), c.getCompletedAt(), false);
  }
}
