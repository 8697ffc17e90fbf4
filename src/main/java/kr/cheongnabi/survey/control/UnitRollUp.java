package kr.cheongnabi.survey.control;

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
   * Where each unit's responses end up.
   *
   * @param parents each unit's parent (a top unit maps to null or is absent)
   * @param counts responses per unit
   * @return for every unit of {@code counts}, the unit its responses are counted under
   */
  public static Map<Long, Long> targets(Map<Long, Long> parents, Map<Long, Long> counts) {
    Map<Long, Long> target = new HashMap<>();
    counts.keySet().forEach(u -> target.put(u, u));
    boolean moved = true;
    while (moved) {
      moved = false;
      Map<Long, Long> held = held(target, counts);
      for (var e : held.entrySet()) {
        Long unit = e.getKey();
        Long parent = parents.get(unit);
        if (e.getValue() > 0 && e.getValue() < MINIMUM && parent != null) {
          target.replaceAll((from, to) -> to.equals(unit) ? parent : to);
          moved = true;
          break;
        }
      }
    }
    return target;
  }

  /** How many responses each unit holds once rolled up. */
  public static Map<Long, Long> held(Map<Long, Long> targets, Map<Long, Long> counts) {
    Map<Long, Long> held = new HashMap<>();
    targets.forEach((from, to) -> held.merge(to, counts.getOrDefault(from, 0L), Long::sum));
    return held;
  }
}
