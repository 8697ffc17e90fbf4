package kr.cheongnabi.quiz.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.Audiences;
import kr.cheongnabi.quiz.control.GiftReader;
import kr.cheongnabi.quiz.control.GiftResult;
import kr.cheongnabi.quiz.control.LoadOutcome;
import kr.cheongnabi.quiz.control.QuestionKind;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.QuizSettings;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * trainer/quizzes.xhtml: every quiz with its current version; upload a GIFT file, a plain Moodle
 * export or a file in the format of quizzes/README.md (its problems counted and the first 1,000
 * listed a page at a time, nothing stored when there is one; the questions that are not true/false
 * listed by line and kind, and the rest stored only once the trainer confirms), download a quiz as
 * GIFT for Moodle, publish and withdraw; who sees each quiz, changed on trainer/audience.xhtml.
 */
@Named
@ViewScoped
public class TrainerQuizzesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A quiz in the trainer's list. */
  public record Row(String key, Bilingual title, int version, int statements, boolean published)
      implements Serializable {}

  /** A problem of an uploaded file, in the page's language. */
  public record Problem(int line, String message) implements Serializable {}

  /** A question of an uploaded file that is not true/false, and is skipped. */
  public record Skipped(int line, QuestionKind kind, String excerpt) implements Serializable {}

  /**
   * An uploaded file that holds questions to skip, waiting for the trainer to confirm or cancel.
   * The bytes are read again on confirming, as they were checked.
   */
  public record Pending(
      String fileName,
      byte[] content,
      String quizKey,
      Bilingual title,
      int statements,
      List<Skipped> skipped,
      int skippedCount)
      implements Serializable {}

  @Inject QuizCatalogue catalogue;
  @Inject LocaleBacking locale;
  @Inject Audiences audiences;

  private List<Row> rows;
  private Map<String, String> audienceLabels = Map.of();
  private List<Problem> problems = List.of();
  private Pending pending;
  private transient UploadedFile file;

  public void load() {
    rows =
        catalogue.all().stream()
            .map(
                v ->
                    new Row(
                        v.getQuiz().getKey(),
                        v.getTitle(),
                        v.getNumber(),
                        v.getStatements().size(),
                        v.getQuiz().isPublished()))
            .toList();
    var chosen = audiences.chosenUnits();
    var labels = new HashMap<String, String>();
    rows.forEach(
        row ->
            labels.put(
                row.key(),
                AudienceLabel.of(chosen.getOrDefault(row.key(), List.of()), locale.getLocale())));
    audienceLabels = labels;
  }

  public void upload() {
    problems = List.of();
    pending = null;
    if (!Uploads.chosen(file)) {
      Messages.error("trainer.noFile");
      return;
    }
    String name = file.getFileName();
    byte[] content;
    GiftResult checked;
    try {
      content = Uploads.read(file, GiftReader.UPLOAD_LIMIT);
      checked = catalogue.check(name, content);
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    if (!checked.isValid()) {
      rejected(name, LoadOutcome.rejected(checked));
    } else if (checked.skippedCount() > 0) {
      QuizSettings settings = checked.quiz().settings();
      pending =
          new Pending(
              name,
              content,
              settings.id(),
              Bilingual.englishOptional(settings.titleKo(), settings.titleEn()),
              checked.quiz().statements().size(),
              checked.skipped().stream()
                  .map(s -> new Skipped(s.line(), s.kind(), s.excerpt()))
                  .toList(),
              checked.skippedCount());
      Messages.info("trainer.confirmNeeded", name, checked.skippedCount());
    } else {
      store(name, content, 0);
    }
    load();
  }

  /** Stores the file waiting for confirmation without its skipped questions. */
  public void confirm() {
    if (pending != null) {
      store(pending.fileName(), pending.content(), pending.skippedCount());
      pending = null;
    }
    load();
  }

  /** Drops the file waiting for confirmation: nothing is stored. */
  public void cancel() {
    if (pending != null) {
      Messages.info("trainer.uploadCancelled", pending.fileName());
      pending = null;
    }
  }

  private void store(String name, byte[] content, int skipsConfirmed) {
    LoadOutcome outcome;
    try {
      outcome = catalogue.upload(name, content, skipsConfirmed);
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    if (outcome.kind() == LoadOutcome.Kind.REJECTED) {
      rejected(name, outcome);
    } else {
      Messages.info("trainer.uploaded." + outcome.kind(), outcome.quizKey(), outcome.versionNo());
      if (skipsConfirmed > 0) {
        Messages.info("trainer.uploadSkipped", skipsConfirmed);
      }
    }
  }

  private void rejected(String name, LoadOutcome outcome) {
    problems =
        outcome.problems().stream()
            .map(p -> new Problem(p.line(), p.message(locale.getLocale())))
            .toList();
    Messages.error("trainer.uploadRejected", name, outcome.problemCount());
    if (outcome.problemCount() > problems.size()) {
      Messages.error("upload.problemsCut", problems.size());
    }
  }

  public void publish(String key, boolean published) {
    try {
      catalogue.publish(key, published);
      Messages.info(published ? "trainer.published" : "trainer.withdrawn", key);
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public StreamedContent download(String key) {
    var gift = catalogue.export(key).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(key + ".gift")
        .contentType("text/plain; charset=UTF-8")
        .contentLength((long) gift.length)
        .stream(() -> new ByteArrayInputStream(gift))
        .build();
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Who sees each quiz, in a few words, by quiz key. */
  public Map<String, String> getAudienceLabels() {
    return audienceLabels;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  /** The uploaded file waiting for the trainer to confirm its skipped questions, or null. */
  public Pending getPending() {
    return pending;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
