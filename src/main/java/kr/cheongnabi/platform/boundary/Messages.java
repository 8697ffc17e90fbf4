package kr.cheongnabi.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import kr.cheongnabi.platform.control.BusinessException;

/** Faces messages in the person's language, from the "msg" bundle. */
public final class Messages {

  public static final String BUNDLE = "messages.ui";

  private Messages() {}

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void errorOn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void error(BusinessException e) {
    error(e.getMessageKey(), e.getArguments());
  }

  public static String text(String key, Object... arguments) {
    var faces = FacesContext.getCurrentInstance();
    return format(faces.getViewRoot().getLocale(), key, arguments);
  }

  public static String format(Locale locale, String key, Object... arguments) {
    try {
      var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    var faces = FacesContext.getCurrentInstance();
    var text = format(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
