package kr.cheongnabi.learning.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.cheongnabi.learning.control.MySessions;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.BusinessException;

/** me/sessions.xhtml: sessions open to register for, my registrations, the sessions I attended. */
@Named
@ViewScoped
public class MySessionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MySessions sessions;

  private MySessions.Mine mine;

  public void load() {
    mine = sessions.mine();
  }

  public void register(long sessionId) {
    try {
      sessions.register(sessionId);
      Messages.info("session.registered");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public void cancel(long sessionId) {
    try {
      sessions.cancel(sessionId);
      Messages.info("session.cancelled");
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public MySessions.Mine getMine() {
    return mine;
  }
}
