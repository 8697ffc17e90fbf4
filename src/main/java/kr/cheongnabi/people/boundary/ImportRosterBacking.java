package kr.cheongnabi.people.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.control.RosterFileReader;
import kr.cheongnabi.people.control.RosterImports;
import kr.cheongnabi.people.control.RosterProblem;
import kr.cheongnabi.people.entity.RosterImport;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.model.file.UploadedFile;

/**
 * hr/import.xhtml: uploads the HR system's roster export, follows the import while it runs, and
 * shows its outcome: the counts, or every problem with its line and column.
 */
@Named
@ViewScoped
public class ImportRosterBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A shown problem: where it is and what is wrong, in the page's language. */
  public record ProblemLine(int line, String column, String message) implements Serializable {}

  @Inject RosterImports imports;
  @Inject ExternalContext external;
  @Inject LocaleBacking locale;

  private transient UploadedFile file;
  private Long importId;
  private ImportView current;
  private List<ProblemLine> problems = List.of();

  /**
   * Shows the last import, whoever started it: one still running (perhaps on another instance, or
   * on one that died and is about to be marked failed), or how the last one ended.
   */
  public void load() {
    imports.latest().ifPresent(job -> importId = job.getId());
    refresh();
  }

  public void upload() {
    if (!Uploads.chosen(file)) {
      Messages.error("import.noFile");
      return;
    }
    try {
      importId =
          Uploads.handOver(
              Uploads.copy(file, RosterFileReader.UPLOAD_LIMIT, "roster-"),
              copy ->
                  imports.start(file.getFileName(), copy, external.getUserPrincipal().getName()));
    } catch (BusinessException e) {
      Messages.error(e);
      return;
    }
    problems = List.of();
    refresh();
  }

  /** Called by the poll while an import runs. */
  public void refresh() {
    if (importId == null) {
      return;
    }
    imports
        .find(importId)
        .ifPresent(
            job -> {
              current = ImportView.of(job);
              if (job.getState() == RosterImport.State.REJECTED) {
                problems = problemLines(job.getId(), locale.getLocale());
              }
            });
  }

  private List<ProblemLine> problemLines(long id, Locale in) {
    return imports.problems(id).stream()
        .map(
            p ->
                new ProblemLine(
                    p.getLineNumber(),
                    p.getColumnName(),
                    new RosterProblem(
                            p.getLineNumber(),
                            p.getColumnName(),
                            p.getMessageKey(),
                            p.getMessageArgs())
                        .message(in)))
        .toList();
  }

  public boolean isRunning() {
    return current != null && !current.finished();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportView getCurrent() {
    return current;
  }

  public List<ProblemLine> getProblems() {
    return problems;
  }
}
