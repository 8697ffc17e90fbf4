package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A module as its learner's page shows it, for one employee and training year.
 *
 * @param descriptionHtml the description as safe HTML, or null
 * @param quiz the final quiz, or null
 * @param completion the completion this training year, or null
 */
public record ModuleView(
    String key,
    Bilingual title,
    Bilingual descriptionHtml,
    int creditMinutes,
    List<LessonView> lessons,
    FinalQuiz quiz,
    Completion completion)
    implements Serializable {

  /**
   * A module completed this year shows as done throughout: every lesson seen and the final quiz
   * passed, whatever was recorded of them (a completion carried over from elsewhere has no lesson
   * records, and lessons added after it were not part of what was completed).
   */
  public ModuleView {
    if (completion != null) {
      lessons = lessons.stream().map(LessonView::asSeen).toList();
      quiz = quiz == null ? null : quiz.asPassed();
    }
    lessons = List.copyOf(lessons);
  }

  public int seenCount() {
    return (int) lessons.stream().filter(LessonView::seen).count();
  }

  public int total() {
    return lessons.size();
  }

  public int percent() {
    return lessons.isEmpty() ? 0 : seenCount() * 100 / total();
  }

  public boolean allSeen() {
    return seenCount() == total();
  }

  public boolean quizPassed() {
    return quiz == null || quiz.passed();
  }

  public boolean completed() {
    return completion != null;
  }

  public boolean canComplete() {
    return !completed() && allSeen() && quizPassed();
  }

  /** Where to pick up: the first lesson not seen yet, or the first when all are. */
  public int resumeIndex() {
    for (int i = 0; i < lessons.size(); i++) {
      if (!lessons.get(i).seen()) {
        return i;
      }
    }
    return 0;
  }
}
