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
import kr.cheongnabi.quiz.control.LoadOutcome;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * trainer/quizzes.xhtml: every quiz with its current version; upload a GIFT file (checked like the
 * files in quizzes/, its problems counted and the first 1,000 listed a page at a time, nothing
 * stored when there is one), download a quiz as GIFT for Moodle, publish and withdraw; who sees
 * each quiz, changed on trainer/audience.xhtml.
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

  @Inject QuizCatalogue catalogue;
  @Inject LocaleBacking locale;
  @Inject Audiences audiences;

  private List<Row> rows;
  private Map<String, String> audienceLabels = Map.of();
  private List<Problem> problems = List.of();
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
    if (!Uploads.chosen(file)) {
      Messages.error("trainer.noFile");
      return;
    }
    LoadOutcome outcome;
    try {
      outcome = catalogue.upload(file.getFileName(), Uploads.read(file, GiftReader.UPLOAD_LIMIT));
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    if (outcome.kind() == LoadOutcome.Kind.REJECTED) {
      problems =
          outcome.problems().stream()
              .map(p -> new Problem(p.line(), p.message(locale.getLocale())))
              .toList();
      Messages.error("trainer.uploadRejected", file.getFileName(), outcome.problemCount());
      if (outcome.problemCount() > problems.size()) {
        Messages.error("upload.problemsCut", problems.size());
      }
    } else {
      Messages.info("trainer.uploaded." + outcome.kind(), outcome.quizKey(), outcome.versionNo());
    }
    load();
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

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
