package kr.cheongnabi.ledger.entity;

import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where an entry comes from, as {@code type:id}: {@code quiz-credit:123}, {@code module:7}, {@code
 * session:12}, {@code external:5}, {@code correction:<uuid>}. One source credits one employee once.
 */
public record SourceKey(String type, String id) implements Serializable {

  public static final int MAX_LENGTH = 100;
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,29}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,69}");

  public SourceKey {
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("Not a source type: " + type);
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a source id: " + id);
    }
  }

  public static SourceKey of(EntryKind kind, long id) {
    return new SourceKey(kind.sourceType(), Long.toString(id));
  }

  public static SourceKey correction(UUID request) {
    return new SourceKey(EntryKind.CORRECTION.sourceType(), request.toString());
  }

  public static SourceKey parse(String text) {
    var colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("Not a source key: " + text);
    }
    return new SourceKey(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
