package kr.cheongnabi.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.platform.control.SignedInEmployee;
import kr.cheongnabi.platform.entity.Role;

/**
 * Who is signed in, for what the template's menu and the home page's tiles show: resolved once per
 * request, because a page asks about the roles a dozen times and each answer from the container is
 * a policy check (the roles come from the session, see {@link SignedInEmployee#roles}). It only
 * decides what is shown; pages and services check the roles themselves.
 */
@Named
@RequestScoped
public class SignedInBacking {

  @Inject SignedInEmployee signedIn;

  private String name;
  private List<String> roles;

  @PostConstruct
  void resolve() {
    name = signedIn.username();
    roles = signedIn.roles();
  }

  public boolean isPresent() {
    return name != null;
  }

  public String getName() {
    return name;
  }

  /** The person's roles, in the order of {@link Role}. */
  public List<String> getRoles() {
    return roles;
  }

  public boolean isHr() {
    return roles.contains(Role.HR_NAME);
  }

  public boolean isTrainer() {
    return roles.contains(Role.TRAINER_NAME);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN_NAME);
  }
}
