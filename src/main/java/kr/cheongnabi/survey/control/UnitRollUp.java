package kr.cheongnabi.survey.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The minimum group size: a unit's answers are shown (and, once a round is closed, stored) under
 * the unit only when at least {@link #MINIMUM} people answered there; otherwise they count as the
 * parent's, and so on up the tree. The top unit keeps what reaches it, and a page shows no figure
 * for it either while it holds fewer than the minimum.
 */
public final class UnitRollUp {

  public static final int MINIMUM = 5;

  private UnitRollUp() {}

  /**
   * Where each unit's responses end up. The deepest unit under the minimum moves first, so that a
   * parent of 3 and its team of 3 show the parent with 6, whatever the order of the maps.
   *
   * @param parents each unit's parent (a top unit maps to null or is absent)
   * @param counts responses per unit
   * @return for every unit of {@code counts}, the unit its responses are counted under
   */
  public static Map<Long, Long> targets(Map<Long, Long> parents, Map<Long, Long> counts) {
    Map<Long, Long> target = new HashMap<>();
    counts.keySet().forEach(u -> target.put(u, u));
    Map<Long, Integer> depths = new HashMap<>();
    Comparator<Long> deepestFirst =
        Comparator.<Long>comparingInt(u -> -depth(u, parents, depths))
            .thenComparing(Comparator.naturalOrder());
    while (true) {
      Map<Long, Long> held = held(target, counts);
      var under =
          held.entrySet().stream()
              .filter(e -> e.getValue() > 0 && e.getValue() < MINIMUM)
              .map(Map.Entry::getKey)
              .filter(unit -> parents.get(unit) != null)
              .min(deepestFirst);
      if (under.isEmpty()) {
        return target;
      }
      Long unit = under.get();
      Long parent = parents.get(unit);
      target.replaceAll((from, to) -> to.equals(unit) ? parent : to);
    }
  }

  /** How many units lie above the unit. */
  private static int depth(Long unit, Map<Long, Long> parents, Map<Long, Integer> depths) {
    Integer known = depths.get(unit);
    if (known != null) {
      return known;
    }
    Long parent = parents.get(unit);
    int depth = parent == null ? 0 : 1 + depth(parent, parents, depths);
    depths.put(unit, depth);
    return depth;
  }

  /** How many responses each unit holds once rolled up. */
  public static Map<Long, Long> held(Map<Long, Long> targets, Map<Long, Long> counts) {
    Map<Long, Long> held = new HashMap<>();
    targets.forEach((from, to) -> held.merge(to, counts.getOrDefault(from, 0L), Long::sum));
    return held;
  }
}
