package kr.cheongnabi.campaign.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which employees a campaign reaches: those who work in one of its duty areas (their own, their
 * unit's or a unit's above), those in one of its units or a sub-unit, and the senior officials if
 * it says so. Only employees with an email address are reached; each once.
 *
 * @param areas duty area codes
 * @param units unit ids, each with all its sub-units
 * @param seniorOfficials whether every senior official is reached
 */
public record RecipientSelection(Set<String> areas, Set<Long> units, boolean seniorOfficials) {

  /** An active employee as the selection sees them. */
  public record Member(
      long id,
      String name,
      String email,
      long unitId,
      boolean seniorOfficial,
      String locale,
      Set<String> ownAreas) {}

  /** An employee the campaign reaches, with the duty areas they work in. */
  public record Reached(
      long employeeId, String name, String email, long unitId, String locale, Set<String> areas) {}

  public RecipientSelection {
    areas = Set.copyOf(areas);
    units = Set.copyOf(units);
  }

  public boolean isEmpty() {
    return areas.isEmpty() && units.isEmpty() && !seniorOfficials;
  }

  /**
   * @param parents each unit's parent (absent for a top unit)
   * @param unitAreas the areas each unit is marked with
   */
  public List<Reached> select(
      List<Member> members, Map<Long, Long> parents, Map<Long, Set<String>> unitAreas) {
    var reached = new ArrayList<Reached>();
    for (var member : members) {
      if (member.email() == null || member.email().isBlank()) {
        continue;
      }
      var chain = chain(member.unitId(), parents);
      var worksIn = new TreeSet<>(member.ownAreas());
      chain.forEach(unit -> worksIn.addAll(unitAreas.getOrDefault(unit, Set.of())));
      var inArea = worksIn.stream().anyMatch(areas::contains);
      var inUnit = chain.stream().anyMatch(units::contains);
      if (inArea || inUnit || (seniorOfficials && member.seniorOfficial())) {
        reached.add(
            new Reached(
                member.id(),
                member.name(),
                member.email(),
                member.unitId(),
                member.locale(),
                worksIn));
      }
    }
    return reached;
  }

  /** The unit and every unit above it; a broken tree with a cycle stops where it repeats. */
  private static List<Long> chain(long unitId, Map<Long, Long> parents) {
    var chain = new ArrayList<Long>();
    var seen = new HashSet<Long>();
    for (Long unit = unitId; unit != null && seen.add(unit); unit = parents.get(unit)) {
      chain.add(unit);
    }
    return chain;
  }
}
