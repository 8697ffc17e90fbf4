package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.learning.control.InvalidModule;
import kr.cheongnabi.learning.control.LessonDraft;
import kr.cheongnabi.learning.control.LessonEditor;
import kr.cheongnabi.learning.control.LessonFiles;
import kr.cheongnabi.learning.control.ModuleEditor;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.people.boundary.UnitOption;
import kr.cheongnabi.people.boundary.UnitTree;
import kr.cheongnabi.people.control.OrgUnits;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.FileStore;
import kr.cheongnabi.platform.control.UploadLimit;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.TextFormat;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.TreeNode;

/**
 * trainer/module.xhtml?module=KEY: a module's settings, final quiz and audience; its lessons added,
 * written, moved and removed, and a file uploaded to each file lesson.
 */
@Named
@ViewScoped
public class TrainerModuleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A lesson in the editor's list; its draft is what the lesson form edits. */
  public record LessonRow(
      long id,
      int number,
      Bilingual title,
      LessonDraft draft,
      String fileName,
      long fileSize,
      String contentType)
      implements Serializable {}

  /** A quiz that can be the module's final quiz. */
  public record QuizOption(long id, String key, Bilingual title, boolean published)
      implements Serializable {}

  @Inject ModuleEditor editor;
  @Inject LessonEditor lessonEditor;
  @Inject LessonFiles lessonFiles;
  @Inject FileStore files;
  @Inject QuizCatalogue quizCatalogue;
  @Inject OrgUnits units;

  private String module;
  private long version;
  private boolean published;
  private ModuleForm form;
  private List<LessonRow> lessons;
  private LessonForm lesson;
  private List<QuizOption> quizzes;
  private UnitTree tree;
  private TreeNode<UnitOption>[] audience;
  private long maxFileBytes;

  public void load() {
    if (module == null || module.isBlank()) {
      Messages.error("module.notFound", "");
      return;
    }
    try {
      var loaded = editor.forEditing(module);
      form = ModuleForm.of(loaded.settings());
      showLessons(loaded);
      quizzes =
          quizCatalogue.all().stream()
              .map(
                  v ->
                      new QuizOption(
                          v.getQuiz().getId(),
                          v.getQuiz().getKey(),
                          v.getTitle(),
                          v.getQuiz().isPublished()))
              .toList();
      tree = UnitTree.of(units.all());
      audience = chosen(loaded);
      maxFileBytes = lessonFiles.maxBytes();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  @SuppressWarnings("unchecked")
  private TreeNode<UnitOption>[] chosen(TrainingModule loaded) {
    var nodes =
        loaded.getAudienceUnitIds().stream().map(tree::node).flatMap(Optional::stream).toList();
    for (var node : nodes) {
      node.setSelected(true);
      for (var up = node.getParent(); up != null; up = up.getParent()) {
        up.setExpanded(true);
      }
    }
    return nodes.toArray(TreeNode[]::new);
  }

  public void save() {
    var unitIds =
        audience == null
            ? Set.<Long>of()
            : Arrays.stream(audience)
                .map(node -> node.getData().id())
                .collect(Collectors.toUnmodifiableSet());
    try {
      version = editor.saveSettings(module, version, form.toSettings(unitIds));
      Messages.info("trainerModule.saved", module);
    } catch (InvalidModule e) {
      ModuleMessages.show(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void publish(boolean publish) {
    ModuleMessages.publish(editor, module, publish);
    refreshLessons();
  }

  public void newLesson(LessonKind kind) {
    lesson = LessonForm.of(null, lessons.size() + 1, LessonDraft.empty(kind));
  }

  public void editLesson(long id) {
    lessons.stream()
        .filter(row -> row.id() == id)
        .findFirst()
        .ifPresent(
            row -> {
              lesson = LessonForm.of(row.id(), row.number(), row.draft());
              lesson.showFile(row.fileName(), row.fileSize());
            });
  }

  public void saveLesson() {
    try {
      if (lesson.isNew()) {
        lesson.savedAs(lessonEditor.add(module, lesson.toDraft()));
      } else {
        lessonEditor.change(lesson.getId(), lesson.toDraft());
      }
      Messages.info("trainerModule.lessonSaved", lesson.getNumber());
      refreshLessons();
      // A new file lesson stays open: its file can be uploaded once it exists.
      if (lesson.getKind() != LessonKind.FILE) {
        lesson = null;
      }
    } catch (InvalidModule e) {
      ModuleMessages.show(e);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void closeLesson() {
    lesson = null;
  }

  public void removeLesson(long id) {
    lessonAction(() -> lessonEditor.remove(id));
    if (lesson != null && Objects.equals(lesson.getId(), id)) {
      lesson = null;
    }
  }

  public void moveLesson(long id, int step) {
    lessonAction(() -> lessonEditor.move(id, step));
    lesson = null;
  }

  /**
   * Stores the uploaded file, streamed chunk by chunk, as the file of the open lesson; one larger
   * than the limit is refused by its declared size before it is read.
   */
  public void upload(FileUploadEvent event) {
    var file = event.getFile();
    try (var content = file.getInputStream()) {
      new UploadLimit(lessonFiles.maxBytes()).check(file.getFileName(), file.getSize());
      var stored = lessonFiles.upload(lesson.getId(), content, file.getFileName());
      Messages.info("trainerModule.uploaded", stored.getOriginalName(), lesson.getNumber());
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (IOException e) {
      Messages.error("trainerModule.uploadFailed", file.getFileName());
    }
    refreshLessons();
  }

  private void lessonAction(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      Messages.error(e);
    }
    refreshLessons();
  }

  private void refreshLessons() {
    showLessons(editor.forEditing(module));
  }

  private void showLessons(TrainingModule loaded) {
    version = loaded.getVersion();
    published = loaded.isPublished();
    var stored =
        files.find(
            loaded.getLessons().stream().map(l -> l.getFileId()).filter(Objects::nonNull).toList());
    lessons =
        loaded.getLessons().stream()
            .map(
                l -> {
                  var file = l.getFileId() == null ? null : stored.get(l.getFileId());
                  return new LessonRow(
                      l.getId(),
                      l.number(),
                      l.getTitle(),
                      l.draft(),
                      file == null ? null : file.getOriginalName(),
                      file == null ? 0 : file.getSize(),
                      file == null ? null : file.getContentType());
                })
            .toList();
    if (lesson != null && !lesson.isNew()) {
      lessons.stream()
          .filter(row -> row.id() == lesson.getId())
          .findFirst()
          .ifPresent(row -> lesson.showFile(row.fileName(), row.fileSize()));
    }
  }

  public List<TextFormat> getFormats() {
    return List.of(TextFormat.MARKDOWN, TextFormat.PLAIN, TextFormat.HTML);
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public boolean isPublished() {
    return published;
  }

  public ModuleForm getForm() {
    return form;
  }

  public List<LessonRow> getLessons() {
    return lessons;
  }

  public LessonForm getLesson() {
    return lesson;
  }

  public List<QuizOption> getQuizzes() {
    return quizzes;
  }

  public TreeNode<UnitOption> getTreeRoot() {
    return tree == null ? null : tree.root();
  }

  public TreeNode<UnitOption>[] getAudience() {
    return audience;
  }

  public void setAudience(TreeNode<UnitOption>[] audience) {
    this.audience = audience;
  }

  public long getMaxFileBytes() {
    return maxFileBytes;
  }

  public long getMaxFileMegabytes() {
    return maxFileBytes / FileStore.CHUNK_BYTES;
  }
}
