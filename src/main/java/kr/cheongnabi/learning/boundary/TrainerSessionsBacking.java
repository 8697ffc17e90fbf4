package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.cheongnabi.learning.control.Sessions;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/** trainer/sessions.xhtml: every session, newest first; schedule a new one or change one. */
@Named
@ViewScoped
public class TrainerSessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A session in the trainer's list. */
  public record Row(long id, SessionDetails details, int registered) implements Serializable {}

  @Inject Sessions sessions;

  private List<Row> rows;
  private SessionForm form = new SessionForm();
  private Long editing;
  private long version;

  public void load() {
    rows =
        sessions.all().stream()
            .map(s -> new Row(s.getId(), s.details(), s.getRegistered()))
            .toList();
  }

  public void edit(long sessionId) {
    var session = sessions.find(sessionId);
    form = SessionForm.of(session.details());
    editing = sessionId;
    version = session.getVersion();
  }

  public void startNew() {
    form = new SessionForm();
    editing = null;
  }

  public void save() {
    try {
      if (editing == null) {
        sessions.create(form.details());
        Messages.info("session.created", form.getTitleKo());
      } else {
        sessions.change(editing, version, form.details());
        Messages.info("session.changed", form.getTitleKo());
      }
      startNew();
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public List<Row> getRows() {
    return rows;
  }

  public SessionForm getForm() {
    return form;
  }

  public Long getEditing() {
    return editing;
  }
}
