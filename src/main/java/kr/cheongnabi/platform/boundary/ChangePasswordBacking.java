package kr.cheongnabi.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.BusinessException;

/** me/password.xhtml: a person changes their own password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

  @Inject Accounts accounts;
  @Inject ExternalContext external;

  @NotBlank private String current;
  @NotBlank private String replacement;
  @NotBlank private String confirmation;

  public String change() {
    if (!replacement.equals(confirmation)) {
      Messages.errorOn("password:confirmation", "password.confirmationDiffers");
      return null;
    }
    try {
      accounts.changePassword(external.getUserPrincipal().getName(), current, replacement);
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
    Messages.info("password.changed");
    return "/index.xhtml?faces-redirect=true";
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
