package kr.cheongnabi.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.learning.control.ModuleCard;
import kr.cheongnabi.learning.control.MyModules;

/** me/modules.xhtml: the modules open to the learner, how far they are, the minutes credited. */
@Named
@RequestScoped
public class MyModulesBacking {

  @Inject MyModules modules;

  private List<ModuleCard> cards;
  private int creditedMinutes;

  @PostConstruct
  void load() {
    cards = modules.catalogue();
    creditedMinutes = modules.creditedMinutes();
  }

  public List<ModuleCard> getCards() {
    return cards;
  }

  public int getCreditedMinutes() {
    return creditedMinutes;
  }
}
