package kr.cheongnabi.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * A page whose view has expired (the session ended, or the server forgot the view) is loaded again
 * instead of failing, for Ajax requests too: the reload goes through sign-in when the session is
 * gone and comes back to the same page, with a message that says what happened.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  public static final String EXPIRED_PARAMETER = "expired";

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    var events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      var event = events.next();
      if (event.getContext().getException() instanceof ViewExpiredException expired) {
        events.remove();
        reload(event.getContext().getContext(), expired.getViewId());
        return;
      }
    }
    getWrapped().handle();
  }

  private static void reload(FacesContext faces, String viewId) {
    var external = faces.getExternalContext();
    var url =
        faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, null, false);
    try {
      external.redirect(url + (url.contains("?") ? "&" : "?") + EXPIRED_PARAMETER + "=true");
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException("Could not reload the expired page " + viewId, e);
    }
  }
}
