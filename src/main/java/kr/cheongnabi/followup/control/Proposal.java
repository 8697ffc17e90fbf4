package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.util.List;

/**
 * The trainings proposed to fill one person's gap, and how well they fill it. Immutable.
 *
 * @param missingMinutes what is still to be covered (the gap less training already assigned)
 * @param faceToFaceNeeded the person still needs a face-to-face session this year
 * @param faceToFaceOffered a face-to-face session was among the candidates
 */
public record Proposal(
    int missingMinutes,
    boolean faceToFaceNeeded,
    boolean faceToFaceOffered,
    List<FollowUpItem> items)
    implements Serializable {

  public Proposal {
    items = List.copyOf(items);
  }

  public int minutes() {
    return items.stream().mapToInt(FollowUpItem::minutes).sum();
  }

  /** Whether the items cover the missing time and, when needed, include a face-to-face session. */
  public boolean covers() {
    return minutes() >= missingMinutes && (!faceToFaceNeeded || faceToFaceIncluded());
  }

  public boolean faceToFaceIncluded() {
    return items.stream().anyMatch(FollowUpItem::faceToFace);
  }

  /** Minutes proposed beyond the missing time. */
  public int excess() {
    return Math.max(0, minutes() - missingMinutes);
  }

  /** Minutes the items leave uncovered. */
  public int shortfall() {
    return Math.max(0, missingMinutes - minutes());
  }

  /** The same proposal without the item HR dropped. */
  public Proposal without(String itemKey) {
    return new Proposal(
        missingMinutes,
        faceToFaceNeeded,
        faceToFaceOffered,
        items.stream().filter(i -> !i.itemKey().equals(itemKey)).toList());
  }
}
