package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.learning.control.AttendanceFile;
import kr.cheongnabi.learning.control.RosterLine;
import kr.cheongnabi.learning.control.SessionRosters;
import kr.cheongnabi.learning.control.Sessions;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.platform.boundary.LocaleBacking;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.boundary.Uploads;
import kr.cheongnabi.platform.control.BusinessException;
import org.primefaces.model.file.UploadedFile;

/**
 * trainer/session.xhtml?session=ID: who registered and who attended; give people seats by employee
 * number; record attendance by ticking the list or by uploading a file (all or nothing).
 */
@Named
@ViewScoped
public class TrainerSessionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The problems kept for the page; the view keeps them in the session. */
  private static final int KEPT_PROBLEMS = 1000;

  /** A problem of an uploaded file, in the page's language. */
  public record Problem(int line, String column, String message) implements Serializable {}

  @Inject Sessions sessions;
  @Inject SessionRosters rosters;
  @Inject LocaleBacking locale;

  private Long sessionId;
  private SessionDetails details;
  private List<RosterLine> lines = List.of();
  private Map<Long, Boolean> ticked = new HashMap<>();
  private List<Problem> problems = List.of();
  private String employeeNumber;
  private transient UploadedFile file;

  public String load() {
    if (sessionId == null) {
      return "/trainer/sessions?faces-redirect=true";
    }
    try {
      details = sessions.find(sessionId).details();
    } catch (BusinessException e) {
      Messages.error(e);
      return "/trainer/sessions?faces-redirect=true";
    }
    lines = rosters.of(sessionId);
    ticked = new HashMap<>();
    return null;
  }

  public void assign() {
    try {
      var added = sessions.assign(sessionId, employeeNumber);
      Messages.info(added ? "session.assigned" : "session.alreadyRegistered", employeeNumber);
      employeeNumber = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void saveChecklist() {
    var ids = ticked.entrySet().stream().filter(e -> e.getValue()).map(e -> e.getKey()).toList();
    try {
      var recorded = sessions.checklist(sessionId, ids);
      Messages.info("session.recorded", recorded.added(), recorded.already());
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void upload() {
    problems = List.of();
    if (!Uploads.chosen(file)) {
      Messages.error("session.csv.noFile");
      return;
    }
    try {
      var outcome =
          sessions.importAttendance(sessionId, Uploads.read(file, AttendanceFile.UPLOAD_LIMIT));
      if (outcome.accepted()) {
        Messages.info(
            "session.csv.imported", outcome.recorded().added(), outcome.recorded().already());
      } else {
        problems =
            outcome.problems().stream()
                .limit(KEPT_PROBLEMS)
                .map(
                    p ->
                        new Problem(
                            p.line(),
                            p.column(),
                            Messages.format(
                                locale.getLocale(), p.messageKey(), p.arguments().toArray())))
                .toList();
        Messages.error("session.csv.rejected", outcome.problems().size());
        if (outcome.problems().size() > problems.size()) {
          Messages.error("upload.problemsCut", problems.size());
        }
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public SessionDetails getDetails() {
    return details;
  }

  public List<RosterLine> getLines() {
    return lines;
  }

  public Map<Long, Boolean> getTicked() {
    return ticked;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public void setEmployeeNumber(String employeeNumber) {
    this.employeeNumber = employeeNumber;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
