package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.learning.entity.Lesson;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.learning.entity.LessonSeen;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.quiz.control.CaseLinkCheck;

/**
 * Trainers' side of lessons: adding, changing, removing and moving them, and giving a file lesson
 * its file. A lesson is stored only when its texts are complete for its kind.
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class LessonEditor {

  @PersistenceContext EntityManager em;
  @Inject ModuleEditor modules;
  @Inject FileStore files;
  @Inject Event<CaseLinkCheck> caseLinks;

  /** The draft's own problems, and a link to an integrity case that does not exist. */
  private List<ModuleProblem> problems(LessonDraft draft, int number) {
    var problems = new ArrayList<>(draft.problems(number));
    if (draft.caseKey() != null) {
      var check = new CaseLinkCheck(draft.caseKey());
      caseLinks.fire(check);
      if (!check.known()) {
        problems.add(new ModuleProblem(number, "caseKey", "unknownCase"));
      }
    }
    return problems;
  }

  /** Adds the lesson at the end of the module; returns its id. */
  public long add(String moduleKey, LessonDraft draft) {
    var module = modules.existing(moduleKey);
    InvalidModule.refuseIfAny(problems(draft, module.getLessons().size() + 1));
    var lesson = module.addLesson(draft);
    em.flush();
    return lesson.getId();
  }

  public void change(long lessonId, LessonDraft draft) {
    var lesson = existing(lessonId);
    InvalidModule.refuseIfAny(problems(draft, lesson.number()));
    lesson.change(draft);
  }

  /**
   * Removes the lesson and its file. Who had seen it keeps the rest of their progress; a completed
   * module stays completed.
   */
  public void remove(long lessonId) {
    var lesson = existing(lessonId);
    em.createNamedQuery(LessonSeen.FORGET_LESSON)
        .setParameter("lessonId", lessonId)
        .executeUpdate();
    lesson.getModule().removeLesson(lesson);
    em.flush();
    if (lesson.getFileId() != null) {
      files.delete(lesson.getFileId());
    }
  }

  /** Moves the lesson one place earlier ({@code -1}) or later ({@code +1}). */
  public void move(long lessonId, int step) {
    var lesson = existing(lessonId);
    lesson.getModule().move(lesson, step);
  }

  /** A file lesson, to upload its file to. */
  public Lesson fileLesson(long lessonId) {
    var lesson = existing(lessonId);
    if (lesson.getKind() != LessonKind.FILE) {
      throw new BusinessException("trainerModule.notFileLesson", lesson.number());
    }
    return lesson;
  }

  /** Makes the stored file the lesson's file; the file it had before is removed. */
  public void attach(long lessonId, long storedFileId) {
    var replaced = fileLesson(lessonId).attach(storedFileId);
    em.flush();
    if (replaced != null) {
      files.delete(replaced);
    }
  }

  private Lesson existing(long lessonId) {
    var lesson = em.find(Lesson.class, lessonId);
    if (lesson == null) {
      throw new BusinessException("trainerModule.lessonNotFound", lessonId);
    }
    return lesson;
  }
}
