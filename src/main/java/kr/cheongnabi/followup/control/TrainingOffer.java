package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The trainings on offer for follow-up, loaded once for many people: modules open before the due
 * date with their audiences, and upcoming sessions with free seats. Immutable.
 */
public final class TrainingOffer implements Serializable {

  /** A module and the units it is for; empty units mean everyone. */
  public record OpenModule(FollowUpItem item, Set<Long> audienceUnitIds) implements Serializable {

    public OpenModule {
      audienceUnitIds = Set.copyOf(audienceUnitIds);
    }

    boolean isFor(Collection<Long> unitAndAncestors) {
      return audienceUnitIds.isEmpty() || !Collections.disjoint(audienceUnitIds, unitAndAncestors);
    }
  }

  private final List<OpenModule> modules;
  private final List<FollowUpItem> sessions;

  public TrainingOffer(List<OpenModule> modules, List<FollowUpItem> sessions) {
    this.modules = List.copyOf(modules);
    this.sessions = List.copyOf(sessions);
  }

  /**
   * What one person may be given: the modules whose audience reaches their unit or a unit above it,
   * and the sessions, without what they have completed, are registered for or were assigned.
   * Modules come first, so of two equally good sets the one taken online, when it suits the person,
   * is proposed.
   *
   * @param unitAndAncestors the person's unit, then its parent and so on up
   * @param taken item keys the person has completed, registered for or been assigned this year
   */
  public List<FollowUpItem> candidatesFor(Collection<Long> unitAndAncestors, Set<String> taken) {
    var sessionsOpen = sessions.stream().filter(s -> !taken.contains(s.itemKey()));
    var modulesOpen =
        modules.stream()
            .filter(m -> m.isFor(unitAndAncestors) && !taken.contains(m.item().itemKey()))
            .map(OpenModule::item);
    return Stream.concat(modulesOpen, sessionsOpen).toList();
  }

  public boolean isEmpty() {
    return modules.isEmpty() && sessions.isEmpty();
  }
}
