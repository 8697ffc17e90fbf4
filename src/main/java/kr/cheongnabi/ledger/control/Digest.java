package kr.cheongnabi.ledger.control;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.JsonBuilders;
import kr.cheongnabi.platform.control.UploadLimit;

/**
 * The head of the chain at a moment, small enough to keep elsewhere (a mail, a printout, another
 * system). Checked later, it shows whether the ledger up to that entry is still as it was, even
 * against someone who rewrote the chain with new hashes.
 *
 * @param recordedAt when the head entry was recorded; null for an empty ledger
 * @param takenAt when the digest was taken
 */
public record Digest(long sequence, String hash, Instant recordedAt, Instant takenAt)
    implements Serializable {

  /** Names what the digest is of, so that it is recognised when found again. */
  public static final String LEDGER = "cheongnabi-hours-ledger";

  /** A digest is a few hundred bytes of JSON; a file of more is not one. */
  public static final UploadLimit UPLOAD_LIMIT = UploadLimit.mebibytes(1);

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  public Digest {
    if (sequence < 0 || hash == null || !HASH.matcher(hash).matches()) {
      throw new BusinessException("ledger.digestUnreadable");
    }
  }

  /** The digest as a small JSON document. */
  public String toJson() {
    var json =
        JsonBuilders.object().add("ledger", LEDGER).add("sequence", sequence).add("hash", hash);
    if (recordedAt != null) {
      json.add("recordedAt", recordedAt.toString());
    }
    if (takenAt != null) {
      json.add("takenAt", takenAt.toString());
    }
    var text = new StringWriter();
    try (var writer = JsonBuilders.prettyWriter(text)) {
      writer.writeObject(json.build());
    }
    return text.toString().strip() + "\n";
  }

  /** Reads a digest as {@link #toJson()} wrote it; only the sequence and hash are required. */
  public static Digest parse(String text) {
    try (var reader = JsonBuilders.reader(new StringReader(text == null ? "" : text))) {
      var json = reader.readObject();
      if (!(json.get("sequence") instanceof JsonNumber sequence)
          || !(json.get("hash") instanceof JsonString hash)) {
        throw new BusinessException("ledger.digestUnreadable");
      }
      return new Digest(
          sequence.longValueExact(),
          hash.getString(),
          instant(json, "recordedAt"),
          instant(json, "takenAt"));
    } catch (JsonException | ArithmeticException | DateTimeParseException e) {
      throw new BusinessException("ledger.digestUnreadable");
    }
  }

  private static Instant instant(JsonObject json, String name) {
    return json.get(name) instanceof JsonString text ? Instant.parse(text.getString()) : null;
  }
}
