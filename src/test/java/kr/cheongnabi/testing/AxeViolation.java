package kr.cheongnabi.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule of axe-core that a page breaks, with the nodes that break it: what the browser tests
 * fail on when its impact is serious or critical (WCAG 2.1 AA as KWCAG asks).
 *
 * @param rule axe-core's rule id, e.g. {@code color-contrast}
 * @param impact minor, moderate, serious or critical
 * @param help the rule in one sentence
 * @param nodes a CSS selector of each node that breaks it
 */
public record AxeViolation(String rule, String impact, String help, List<String> nodes) {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  /** How many nodes a message names; the rest are counted. */
  private static final int NODES_NAMED = 3;

  public AxeViolation {
    nodes = List.copyOf(nodes);
  }

  /** From one entry of the list the page's script returns (see {@link AxeCore}). */
  @SuppressWarnings("unchecked")
  static AxeViolation of(Map<String, Object> entry) {
    return new AxeViolation(
        (String) entry.get("rule"),
        String.valueOf(entry.get("impact")),
        (String) entry.get("help"),
        (List<String>) entry.get("nodes"));
  }

  /** Whether the build fails on it. */
  public boolean blocking() {
    return BLOCKING.contains(impact);
  }

  /** The page, the rule and a few of its nodes, for a failed test's message. */
  public String describe(String page) {
    var named = String.join(", ", nodes.subList(0, Math.min(NODES_NAMED, nodes.size())));
    var more = nodes.size() > NODES_NAMED ? " and " + (nodes.size() - NODES_NAMED) + " more" : "";
    return page + ": " + rule + " (" + impact + ", " + help + ") at " + named + more;
  }
}
