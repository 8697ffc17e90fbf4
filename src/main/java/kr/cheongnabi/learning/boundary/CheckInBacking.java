package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.learning.control.Attendances;
import kr.cheongnabi.learning.control.MySessions;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * me/checkin.xhtml?session=ID&amp;code=CODE, where the QR code at the venue leads: the code is
 * filled in, and checking in takes one press, so a link preview or prefetch never checks anyone in.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MySessions sessions;

  private Long sessionId;
  private String code;
  private SessionDetails details;
  private boolean done;

  public String load() {
    if (sessionId == null) {
      return "/me/sessions?faces-redirect=true";
    }
    try {
      details = sessions.published(sessionId).details();
    } catch (BusinessException e) {
      Messages.error(e);
      return "/me/sessions?faces-redirect=true";
    }
    return null;
  }

  public void checkIn() {
    try {
      var outcome = sessions.checkIn(sessionId, code);
      Messages.info(
          outcome == Attendances.CheckIn.CHECKED_IN ? "session.checkedIn" : "session.alreadyIn",
          details.durationMinutes());
      done = true;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public SessionDetails getDetails() {
    return details;
  }

  public boolean isDone() {
    return done;
  }
}
