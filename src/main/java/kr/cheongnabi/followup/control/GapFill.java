package kr.cheongnabi.followup.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses the trainings that fill one person's gap: the set of candidates whose minutes cover the
 * missing time with the least excess, then with the fewest items; when the person still needs a
 * face-to-face session and one is offered, only sets that include one count. When nothing covers
 * the gap, the largest partial cover (every candidate) is proposed, and {@link Proposal#covers()}
 * says so.
 *
 * <p>A 0/1 knapsack over the reachable sums: a cover with the least excess never reaches the
 * missing time plus the longest candidate (dropping any other item would still cover), so sums
 * beyond that are never needed. Ties go to the earlier candidates, so the same input always gives
 * the same proposal: confirming recomputes what HR saw.
 */
public final class GapFill {

  private static final int UNREACHABLE = Integer.MAX_VALUE / 2;

  private GapFill() {}

  public static Proposal propose(
      int missingMinutes, boolean faceToFaceNeeded, List<FollowUpItem> candidates) {
    var missing = Math.max(0, missingMinutes);
    var offered = candidates.stream().anyMatch(FollowUpItem::faceToFace);
    var mustMeet = faceToFaceNeeded && offered;
    if (missing == 0 && !mustMeet) {
      return new Proposal(0, faceToFaceNeeded, offered, List.of());
    }
    var n = candidates.size();
    var bound = missing + candidates.stream().mapToInt(FollowUpItem::minutes).max().orElse(0);
    // fewest[i][f][s]: the fewest of the first i candidates that add up to s minutes, with (f = 1)
    // or without (f = 0) a face-to-face session among them.
    var fewest = new int[n + 1][2][bound + 1];
    for (var layer : fewest[0]) {
      Arrays.fill(layer, UNREACHABLE);
    }
    fewest[0][0][0] = 0;
    for (var i = 0; i < n; i++) {
      var item = candidates.get(i);
      for (var f = 0; f < 2; f++) {
        fewest[i + 1][f] = fewest[i][f].clone();
      }
      for (var f = 0; f < 2; f++) {
        var to = item.faceToFace() ? 1 : f;
        for (var s = bound - item.minutes(); s >= 0; s--) {
          var with = fewest[i][f][s] + 1;
          if (with < fewest[i + 1][to][s + item.minutes()]) {
            fewest[i + 1][to][s + item.minutes()] = with;
          }
        }
      }
    }
    var best = best(fewest[n], missing, bound, mustMeet);
    return new Proposal(
        missing, faceToFaceNeeded, offered, chosen(fewest, candidates, best[0], best[1]));
  }

  /** The layer and sum to take: the least excess over the missing time, else the largest sum. */
  private static int[] best(int[][] sums, int missing, int bound, boolean mustMeet) {
    var layers = mustMeet ? new int[] {1} : new int[] {0, 1};
    for (var s = missing; s <= bound; s++) {
      var layer = fewestLayer(sums, layers, s);
      if (layer >= 0) {
        return new int[] {layer, s};
      }
    }
    for (var s = missing - 1; s > 0; s--) {
      var layer = fewestLayer(sums, layers, s);
      if (layer >= 0) {
        return new int[] {layer, s};
      }
    }
    return new int[] {0, 0};
  }

  private static int fewestLayer(int[][] sums, int[] layers, int s) {
    var found = -1;
    for (var layer : layers) {
      if (sums[layer][s] < UNREACHABLE && (found < 0 || sums[layer][s] < sums[found][s])) {
        found = layer;
      }
    }
    return found;
  }

  /** Walks the table back from the chosen sum to the candidates that make it up. */
  private static List<FollowUpItem> chosen(
      int[][][] fewest, List<FollowUpItem> candidates, int layer, int sum) {
    var items = new ArrayList<FollowUpItem>();
    var f = layer;
    var s = sum;
    for (var i = candidates.size(); i > 0 && s > 0; i--) {
      if (fewest[i][f][s] == fewest[i - 1][f][s]) {
        continue;
      }
      var item = candidates.get(i - 1);
      var from = f;
      if (item.faceToFace() && fewest[i - 1][0][s - item.minutes()] + 1 == fewest[i][f][s]) {
        from = 0;
      } else if (item.faceToFace()) {
        from = 1;
      }
      items.add(0, item);
      f = from;
      s -= item.minutes();
    }
    return items;
  }
}
