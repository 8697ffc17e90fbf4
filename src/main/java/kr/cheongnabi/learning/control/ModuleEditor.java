package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.control.QuizCatalogue;

/**
 * Trainers' side of modules as a whole: creating them, their settings and audience, publishing and
 * withdrawing. Lessons are {@link LessonEditor}'s. A module is published only without a problem.
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class ModuleEditor {

  @PersistenceContext EntityManager em;
  @Inject QuizCatalogue quizzes;

  /** Every module, with its lessons, by key. */
  public List<TrainingModule> all() {
    var all = em.createNamedQuery(TrainingModule.ALL, TrainingModule.class).getResultList();
    all.forEach(m -> m.getLessons().size());
    return all;
  }

  /** A new module, not yet published, to be written in the editor. */
  public String create(String key, String titleKo, String titleEn) {
    var tidyKey = key == null ? "" : key.strip();
    if (!TrainingModule.KEY.matcher(tidyKey).matches()) {
      throw new BusinessException("trainerModule.keyInvalid", tidyKey);
    }
    if (find(tidyKey) != null) {
      throw new BusinessException("trainerModule.keyTaken", tidyKey);
    }
    var problems = new ArrayList<ModuleProblem>();
    ModuleProblem.requireText(
        problems, 0, "titleKo", ModuleProblem.tidy(titleKo), LessonDraft.TITLE_MAX);
    ModuleProblem.requireText(
        problems, 0, "titleEn", ModuleProblem.tidy(titleEn), LessonDraft.TITLE_MAX);
    InvalidModule.refuseIfAny(problems);
    em.persist(new TrainingModule(tidyKey, new Bilingual(titleKo.strip(), titleEn.strip())));
    return tidyKey;
  }

  /** The module with its lessons and audience, for the editor. */
  public TrainingModule forEditing(String key) {
    var module = existing(key);
    module.getLessons().size();
    module.getAudienceUnitIds().size();
    return module;
  }

  /**
   * Stores the settings, unless another trainer changed the module since {@code version} was read.
   *
   * @return the module's new version
   */
  public long saveSettings(String key, long version, ModuleSettings settings) {
    var module = existing(key);
    if (module.getVersion() != version) {
      throw new BusinessException("trainerModule.changedMeanwhile", key);
    }
    var problems = new ArrayList<>(settings.problems());
    if (settings.quizId() != null && quizzes.currentOf(settings.quizId()).isEmpty()) {
      problems.add(new ModuleProblem(0, "quiz", "unknownQuiz"));
    }
    InvalidModule.refuseIfAny(problems);
    module.change(settings);
    em.flush();
    return module.getVersion();
  }

  /** Opens the module to its audience, if nothing is missing, or withdraws it. */
  public void publish(String key, boolean published) {
    var module = existing(key);
    if (published) {
      InvalidModule.refuseIfAny(problemsOf(module));
    }
    module.publish(published);
  }

  /** Everything that keeps the module from being published: settings, then lesson by lesson. */
  static List<ModuleProblem> problemsOf(TrainingModule module) {
    var problems = new ArrayList<>(module.settings().problems());
    if (module.getLessons().isEmpty()) {
      problems.add(new ModuleProblem(0, "lessons", "noLessons"));
    }
    for (var lesson : module.getLessons()) {
      problems.addAll(lesson.draft().problems(lesson.number()));
      if (lesson.getKind() == LessonKind.FILE && lesson.getFileId() == null) {
        problems.add(new ModuleProblem(lesson.number(), "file", "noFile"));
      }
    }
    return problems;
  }

  /** The module with this key; refused when there is none. */
  public TrainingModule existing(String key) {
    var module = find(key);
    if (module == null) {
      throw new BusinessException("module.notFound", key);
    }
    return module;
  }

  private TrainingModule find(String key) {
    return em.createNamedQuery(TrainingModule.BY_KEY, TrainingModule.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
