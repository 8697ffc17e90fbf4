package kr.cheongnabi.ledger.entity;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Everything an entry says, and the SHA-256 hash that seals it. The hash covers every field but the
 * row id (a handle the database hands out on insert, with no meaning of its own), including the
 * hash of the entry before, so changing, removing or inserting an entry breaks the chain.
 *
 * <p>The hash is the lowercase hex SHA-256 of this UTF-8 text (version 1), so that anyone can check
 * an entry with a few lines of any language:
 *
 * <pre>
 * cheongnabi-ledger-entry/1\n
 * sequence &lt;v&gt;\n      decimal, the first entry is 1
 * employee &lt;v&gt;\n      decimal employee id
 * year &lt;v&gt;\n          training year, decimal
 * minutes &lt;v&gt;\n       decimal, a leading - when negative
 * kind &lt;v&gt;\n          ONLINE_MODULE, QUIZ, IN_PERSON, EXTERNAL or CORRECTION
 * source &lt;v&gt;\n        the source key, e.g. quiz-credit:123
 * occurred &lt;v&gt;\n      UTC, always milliseconds: 2025-03-04T05:06:07.089Z
 * recorded &lt;v&gt;\n      the same format
 * recorded-by &lt;v&gt;\n   account name, or system
 * reason &lt;v&gt;\n        the reason of a correction
 * previous &lt;v&gt;\n      hash of the entry before: 64 lowercase hex digits, 64 zeros for the first
 * </pre>
 *
 * where each {@code <v>} is the value's length in UTF-8 bytes, one space and the value itself (so a
 * reason may hold spaces and line breaks without ambiguity), or a single {@code -} for a value that
 * is absent (only the reason of an entry that is not a correction). Lines end with one line feed.
 */
public record EntryContent(
    long sequence,
    long employeeId,
    int trainingYear,
    int minutes,
    EntryKind kind,
    SourceKey source,
    Instant occurredAt,
    Instant recordedAt,
    String recordedBy,
    String reason,
    String previousHash) {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  static final String FORMAT = "cheongnabi-ledger-entry/1";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Times are kept to the millisecond, as DATETIME(3) stores them. */
  public EntryContent {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(source);
    Objects.requireNonNull(recordedBy);
    Objects.requireNonNull(previousHash);
    occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
    recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The text the hash is taken over. */
  public String canonical() {
    var text = new StringBuilder(FORMAT).append('\n');
    field(text, "sequence", Long.toString(sequence));
    field(text, "employee", Long.toString(employeeId));
    field(text, "year", Integer.toString(trainingYear));
    field(text, "minutes", Integer.toString(minutes));
    field(text, "kind", kind.name());
    field(text, "source", source.toString());
    field(text, "occurred", TIME.format(occurredAt));
    field(text, "recorded", TIME.format(recordedAt));
    field(text, "recorded-by", recordedBy);
    field(text, "reason", reason);
    field(text, "previous", previousHash);
    return text.toString();
  }

  /** SHA-256 of the canonical text, 64 lowercase hex digits. */
  public String hash() {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append(' ');
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.getBytes(UTF_8).length).append(' ').append(value);
    }
    text.append('\n');
  }
}
