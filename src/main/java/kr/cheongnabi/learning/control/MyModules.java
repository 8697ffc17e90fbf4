package kr.cheongnabi.learning.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.cheongnabi.learning.entity.Lesson;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import kr.cheongnabi.platform.entity.StoredFile;
import kr.cheongnabi.platform.entity.TrainingYear;
import kr.cheongnabi.quiz.control.Attempts;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.RichText;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * A learner's modules, for the pages: whose progress it is always comes from the signed-in caller,
 * never from the request, so nobody can see or move another person's progress.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MyModules {

  @Inject SignedInEmployee signedIn;
  @Inject OpenModules open;
  @Inject Progress progress;
  @Inject ModuleCompletions completions;
  @Inject QuizCatalogue quizzes;
  @Inject Attempts attempts;
  @Inject FileStore files;
  @Inject Clock clock;

  /** The modules open to me today, with how far I am this training year. */
  public List<ModuleCard> catalogue() {
    long me = me();
    var year = year();
    var seen = progress.countsByModule(me, year);
    var done = completions.inYear(me, year);
    return open.to(me).stream()
        .map(
            m ->
                new ModuleCard(
                    m.getKey(),
                    m.getTitle(),
                    html(m.getDescription(), m.getDescriptionFormat()),
                    m.getCreditMinutes(),
                    m.getLessons().size(),
                    seen.getOrDefault(m.getId(), 0),
                    done.get(m.getId()),
                    m.getAvailableUntil()))
        .toList();
  }

  /**
   * The modules open to me today that I have not completed this training year, read without their
   * lessons and descriptions: everyone's home page lists them on each sign-in.
   */
  public List<ModuleDue> unfinished() {
    long me = me();
    var year = year();
    var seen = progress.countsByModule(me, year);
    var done = completions.inYear(me, year);
    return open.to(me).stream()
        .filter(m -> !done.containsKey(m.getId()))
        .map(
            m ->
                new ModuleDue(
                    m.getKey(),
                    m.getTitle(),
                    m.getAvailableUntil(),
                    seen.getOrDefault(m.getId(), 0) > 0))
        .toList();
  }

  /** The minutes my completed modules credited this training year. */
  public int creditedMinutes() {
    return completions.inYear(me(), year()).values().stream().mapToInt(Completion::minutes).sum();
  }

  public ModuleView view(String key) {
    long me = me();
    return view(me, open.one(me, key));
  }

  /** Records that I have seen the lesson of the module. */
  public ModuleView seen(String key, long lessonId) {
    long me = me();
    var lesson = open.lesson(me, lessonId);
    if (!lesson.getModule().getKey().equals(key)) {
      throw new BusinessException("module.lessonNotFound", lessonId);
    }
    progress.seen(me, lesson, clock.instant());
    return view(me, lesson.getModule());
  }

  public ModuleView complete(String key) {
    long me = me();
    completions.complete(me, key);
    return view(me, open.one(me, key));
  }

  private ModuleView view(long me, TrainingModule module) {
    var year = year();
    var seen = progress.lessonsSeen(me, module.getId(), year);
    var stored =
        files.find(
            module.getLessons().stream().map(Lesson::getFileId).filter(Objects::nonNull).toList());
    var lessons =
        module.getLessons().stream()
            .map(l -> lessonView(l, seen.contains(l.getId()), fileOf(l, stored)))
            .toList();
    var quiz =
        module.getQuizId() == null
            ? null
            : quizzes
                .currentOf(module.getQuizId())
                .map(
                    v ->
                        new FinalQuiz(
                            v.getQuiz().getKey(),
                            v.getTitle(),
                            v.settings().passMarkPercent(),
                            attempts.passedIn(me, module.getQuizId(), year)))
                .orElse(null);
    return new ModuleView(
        module.getKey(),
        module.getTitle(),
        html(module.getDescription(), module.getDescriptionFormat()),
        module.getCreditMinutes(),
        lessons,
        quiz,
        completions.of(me, module.getId(), year).orElse(null));
  }

  private static LessonView lessonView(Lesson lesson, boolean seen, StoredFile file) {
    return new LessonView(
        lesson.getId(),
        lesson.number(),
        lesson.getKind(),
        lesson.getTitle(),
        html(lesson.getBody(), lesson.getBodyFormat()),
        lesson.getUrl(),
        file == null ? null : file.getOriginalName(),
        file == null ? null : file.getContentType(),
        file == null ? 0 : file.getSize(),
        seen,
        lesson.getCaseKey());
  }

  private static StoredFile fileOf(Lesson lesson, Map<Long, StoredFile> stored) {
    return lesson.getFileId() == null ? null : stored.get(lesson.getFileId());
  }

  private static Bilingual html(Bilingual text, TextFormat format) {
    return text == null
        ? null
        : Bilingual.from(text.ko(), text.en(), source -> new RichText(source, format).html());
  }

  private TrainingYear year() {
    return TrainingYear.of(clock.instant());
  }

  private long me() {
    return signedIn.employeeId("module.noEmployeeRecord");
  }
}
