package kr.cheongnabi.people.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.entity.OrgUnit;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A unit in a drop-down, indented under its parent so the list reads as the tree it is.
 *
 * @param depth how many ancestors the unit has
 */
public record UnitOption(long id, String code, Bilingual name, int depth) implements Serializable {

  public String label(Locale locale) {
    return "\u00a0\u00a0".repeat(depth) + name.in(locale) + " (" + code + ")";
  }

  /** The units in tree order: each parent followed by its sub-units. */
  public static List<UnitOption> of(List<OrgUnit> units) {
    var children = new HashMap<Long, List<OrgUnit>>();
    var roots = new ArrayList<OrgUnit>();
    for (var unit : units) {
      if (unit.getParent() == null) {
        roots.add(unit);
      } else {
        children.computeIfAbsent(unit.getParent().getId(), k -> new ArrayList<>()).add(unit);
      }
    }
    var ordered = new ArrayList<UnitOption>();
    roots.forEach(root -> addWithChildren(root, 0, children, ordered));
    return List.copyOf(ordered);
  }

  private static void addWithChildren(
      OrgUnit unit, int depth, HashMap<Long, List<OrgUnit>> children, List<UnitOption> into) {
    into.add(new UnitOption(unit.getId(), unit.getCode(), unit.getName(), depth));
    for (var child : children.getOrDefault(unit.getId(), List.of())) {
      addWithChildren(child, depth + 1, children, into);
    }
  }
}
