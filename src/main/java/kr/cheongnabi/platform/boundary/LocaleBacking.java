package kr.cheongnabi.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * The language of the pages: Korean or English, first from the browser, then as the person chooses.
 * The choice is remembered in a cookie and, once signed in, on the account.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String COOKIE = "cheongnabi-lang";
  static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

  @Inject transient Accounts accounts;

  private Locale locale;

  @PostConstruct
  void init() {
    locale =
        of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * A text in the language of the pages, as every page shows one: {@code
   * #{localeBacking.text(module.title)}}; null for none.
   */
  public String text(Bilingual text) {
    return text == null ? null : text.in(getLocale());
  }

  /**
   * The language {@link #text} shows a text in, for its {@code lang} attribute: the page's, or
   * Korean where the text has no English.
   */
  public String languageOf(Bilingual text) {
    return text == null ? getLanguage() : text.languageIn(getLanguage());
  }

  public List<Locale> getSupported() {
    return SUPPORTED;
  }

  /** Switches the language and shows the same page again, with its parameters, in it. */
  public void change(String language) throws IOException {
    locale = supportedOrDefault(language);
    var faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    var cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath("/");
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
    Principal caller = faces.getExternalContext().getUserPrincipal();
    if (caller != null) {
      accounts.rememberLocale(caller.getName(), locale.getLanguage());
    }
    var viewId = faces.getViewRoot().getViewId();
    faces
        .getExternalContext()
        .redirect(
            faces
                .getApplication()
                .getViewHandler()
                .getBookmarkableURL(faces, viewId, Map.of(), true));
  }

  /** After sign-in the account's remembered choice wins over the browser's. */
  public void adopt(String languageTag) {
    if (languageTag != null) {
      locale = supportedOrDefault(languageTag);
    }
  }

  /**
   * The language of a request outside the pages (a download): the account's remembered choice if
   * there is one, else as {@link #of(HttpServletRequest)}.
   */
  public static Locale of(HttpServletRequest request, String accountLanguage) {
    return accountLanguage != null && !accountLanguage.isBlank()
        ? supportedOrDefault(accountLanguage)
        : of(request);
  }

  /**
   * The language of a request before any choice on the account: the cookie, then the browser's;
   * also for responses made outside Faces (downloads).
   */
  public static Locale of(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (var cookie : request.getCookies()) {
        if (COOKIE.equals(cookie.getName())) {
          return supportedOrDefault(cookie.getValue());
        }
      }
    }
    var header = request.getHeader("Accept-Language");
    try {
      var browser =
          header == null ? null : Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
      return browser == null ? Locale.KOREAN : browser;
    } catch (IllegalArgumentException malformedHeader) {
      return Locale.KOREAN;
    }
  }

  public static Locale supportedOrDefault(String language) {
    return SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .orElse(Locale.KOREAN);
  }
}
