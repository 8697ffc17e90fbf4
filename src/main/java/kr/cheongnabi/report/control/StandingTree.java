package kr.cheongnabi.report.control;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation tree of a training year with every unit's figures rolled up from its sub-units,
 * in depth-first order (units under the same parent by code). Immutable.
 */
public final class StandingTree implements Serializable {

  /** The unit id of {@link #total()}, which stands for the whole organisation. */
  public static final long WHOLE_ORGANISATION = 0;

  private final Map<Long, UnitStanding> byId;
  private final Map<Long, List<Long>> children;
  private final UnitStanding total;

  private StandingTree(
      Map<Long, UnitStanding> byId, Map<Long, List<Long>> children, UnitStanding total) {
    this.byId = byId;
    this.children = children;
    this.total = total;
  }

  /**
   * Rolls each unit's own figures up into its ancestors.
   *
   * @param units every unit, with its own figures (zero when nobody is in it)
   */
  public static StandingTree of(Collection<UnitStanding> units) {
    var sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparing(UnitStanding::code));
    var own = new HashMap<Long, UnitStanding>();
    var children = new HashMap<Long, List<Long>>();
    for (var unit : sorted) {
      own.put(unit.unitId(), unit);
    }
    for (var unit : sorted) {
      var parent =
          unit.parentId() == null || !own.containsKey(unit.parentId())
              ? WHOLE_ORGANISATION
              : unit.parentId();
      children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit.unitId());
    }
    var rolled = new LinkedHashMap<Long, UnitStanding>();
    var total = new UnitStanding(WHOLE_ORGANISATION, null, "", null, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    for (var top : children.getOrDefault(WHOLE_ORGANISATION, List.of())) {
      total = total.plus(rollUp(top, 0, own, children, rolled));
    }
    var frozenChildren = new HashMap<Long, List<Long>>();
    children.forEach((parent, ids) -> frozenChildren.put(parent, List.copyOf(ids)));
    return new StandingTree(rolled, frozenChildren, total);
  }

  private static UnitStanding rollUp(
      long unitId,
      int depth,
      Map<Long, UnitStanding> own,
      Map<Long, List<Long>> children,
      Map<Long, UnitStanding> rolled) {
    // The parent goes in first, so the map's order is depth-first; its figures follow below.
    rolled.put(unitId, null);
    var sum = own.get(unitId).atDepth(depth);
    for (var child : children.getOrDefault(unitId, List.of())) {
      sum = sum.plus(rollUp(child, depth + 1, own, children, rolled));
    }
    rolled.put(unitId, sum);
    return sum;
  }

  /** The whole organisation: the sum of the top-level units, with unit id 0 and no name. */
  public UnitStanding total() {
    return total;
  }

  /** Every unit, parents before their sub-units. */
  public List<UnitStanding> all() {
    return List.copyOf(byId.values());
  }

  public Optional<UnitStanding> of(long unitId) {
    return unitId == WHOLE_ORGANISATION
        ? Optional.of(total)
        : Optional.ofNullable(byId.get(unitId));
  }

  /** The units directly under the unit; under {@link #WHOLE_ORGANISATION}, the top-level ones. */
  public List<UnitStanding> childrenOf(long unitId) {
    return children.getOrDefault(unitId, List.of()).stream().map(byId::get).toList();
  }

  /** The unit and all units below it; for {@link #WHOLE_ORGANISATION}, every unit. */
  public List<Long> subtreeOf(long unitId) {
    var ids = new ArrayList<Long>();
    var pending = new ArrayDeque<Long>();
    if (unitId == WHOLE_ORGANISATION) {
      pending.addAll(children.getOrDefault(WHOLE_ORGANISATION, List.of()));
    } else if (byId.containsKey(unitId)) {
      pending.add(unitId);
    }
    while (!pending.isEmpty()) {
      var id = pending.poll();
      ids.add(id);
      pending.addAll(children.getOrDefault(id, List.of()));
    }
    return ids;
  }
}
