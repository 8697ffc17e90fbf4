package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A training that can fill a gap: a module (its credited minutes) or an upcoming in-person session
 * (its duration). Immutable.
 *
 * @param moduleKey the module's key, for the link to its page; null for a session
 * @param startsAt when the session starts; null for a module
 */
public record FollowUpItem(
    Kind kind,
    long id,
    String moduleKey,
    Bilingual title,
    int minutes,
    boolean faceToFace,
    Instant startsAt)
    implements Serializable {

  /** What the item is; its name starts the assignment's item key. */
  public enum Kind {
    MODULE,
    SESSION
  }

  public FollowUpItem {
    Objects.requireNonNull(kind, "kind");
    if (minutes <= 0) {
      throw new IllegalArgumentException("a follow-up item credits minutes: " + minutes);
    }
    if (faceToFace && kind != Kind.SESSION) {
      throw new IllegalArgumentException("only a session is face-to-face");
    }
  }

  public static FollowUpItem module(long id, String key, Bilingual title, int minutes) {
    return new FollowUpItem(Kind.MODULE, id, key, title, minutes, false, null);
  }

  public static FollowUpItem session(
      long id, Bilingual title, int minutes, boolean faceToFace, Instant startsAt) {
    return new FollowUpItem(Kind.SESSION, id, null, title, minutes, faceToFace, startsAt);
  }

  /** The key of follow_up_assignment: {@code module:<id>} or {@code session:<id>}. */
  public String itemKey() {
    return itemKey(kind, id);
  }

  public static String itemKey(Kind kind, long id) {
    return (kind == Kind.MODULE ? "module:" : "session:") + id;
  }
}
