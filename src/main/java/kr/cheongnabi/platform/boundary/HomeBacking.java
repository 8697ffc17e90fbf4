package kr.cheongnabi.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import kr.cheongnabi.platform.entity.Role;

/** index.xhtml: the home page, whose tiles follow the person's roles. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject ExternalContext external;

  private List<String> roles;

  @PostConstruct
  void init() {
    roles = Arrays.stream(Role.values()).map(Enum::name).filter(external::isUserInRole).toList();
  }

  public List<String> getRoles() {
    return roles;
  }
}
