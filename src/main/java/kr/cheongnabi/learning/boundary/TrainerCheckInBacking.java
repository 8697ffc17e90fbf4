package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import kr.cheongnabi.learning.control.Sessions;
import kr.cheongnabi.learning.entity.SessionDetails;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/**
 * trainer/checkin.xhtml?session=ID: the code and QR code to show at the venue, refreshed by the
 * page as the code rotates; nothing of it is kept between requests but the session id.
 */
@Named
@ViewScoped
public class TrainerCheckInBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Sessions sessions;
  @Inject Clock clock;

  private Long sessionId;
  private SessionDetails details;
  private boolean open;
  private String code;

  public String load() {
    if (sessionId == null) {
      return "/trainer/sessions?faces-redirect=true";
    }
    try {
      var session = sessions.find(sessionId);
      details = session.details();
      open = session.isCheckInOpen(clock.instant());
      code = open ? sessions.checkInCode(sessionId) : null;
    } catch (BusinessException e) {
      Messages.error(e);
      return "/trainer/sessions?faces-redirect=true";
    }
    return null;
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

  public boolean isOpen() {
    return open;
  }

  public String getCode() {
    return code;
  }
}
