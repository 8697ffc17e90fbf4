package kr.cheongnabi.platform.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.SafeReturnPath;
import kr.cheongnabi.platform.control.SignInMechanism;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/** login.xhtml: signs a person in and sends them back to the page they asked for. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject ExternalContext external;
  @Inject LocaleBacking localeBacking;
  @Inject Accounts accounts;
  @Inject SignedInEmployee signedIn;

  static final String HR_HOME = "/hr/index.xhtml";

  @NotBlank private String username;
  @NotBlank private String password;
  private String continueTo;
  private boolean expired;
  private boolean sentHere;

  /** Whether the person was sent here from a page, as opposed to opening the site. */
  public void arrive() {
    var target = new SafeReturnPath(continueTo).value();
    sentHere = expired || !(SafeReturnPath.HOME.equals(target) || "/".equals(target));
  }

  public void signIn() throws IOException {
    var request = (HttpServletRequest) external.getRequest();
    var status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username.trim(), new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        // A new session id at sign-in, so a session id planted before it is worth nothing.
        request.changeSessionId();
        accounts
            .findByUsername(username.trim())
            .ifPresent(a -> localeBacking.adopt(a.getPreferredLocale()));
        external.redirect(external.getRequestContextPath() + landing());
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> refused(request);
    }
  }

  /**
   * A wrong password (or a locked account) is told as such; a sign-in that could not be checked
   * because the database is down says the service is unavailable, with status 503.
   */
  private void refused(HttpServletRequest request) {
    if (Boolean.TRUE.equals(request.getAttribute(SignInMechanism.UNAVAILABLE))) {
      external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      Messages.error("login.unavailable");
    } else {
      Messages.error("login.refused");
    }
  }

  /** The page asked for; opening the site, HR lands on its dashboard. */
  private String landing() {
    var target = new SafeReturnPath(continueTo).value();
    return (SafeReturnPath.HOME.equals(target) || "/".equals(target))
            && signedIn.isInRole(Role.HR_NAME)
        ? HR_HOME
        : target;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }

  public boolean isSentHere() {
    return sentHere;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }
}
