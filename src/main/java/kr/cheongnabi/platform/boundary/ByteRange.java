package kr.cheongnabi.platform.boundary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The bytes of a file a request asks for, from its {@code Range} header (RFC 9110, section 14): the
 * whole file when there is no header or one this server ignores (another unit, several ranges,
 * nonsense), or a single range, which video players use to seek.
 *
 * @param first the first byte sent
 * @param last the last byte sent, inclusive
 * @param partial whether the answer is 206 Partial Content rather than the whole file
 */
public record ByteRange(long first, long last, boolean partial) {

  private static final Pattern SINGLE = Pattern.compile("bytes=\\s*(\\d*)-(\\d*)\\s*");

  public ByteRange {
    if (first < 0 || last < first - 1) {
      throw new IllegalArgumentException("not a range: " + first + "-" + last);
    }
  }

  public static ByteRange whole(long size) {
    return new ByteRange(0, size - 1, false);
  }

  /**
   * The range to send of a file of {@code size} bytes; empty when the request asks only for bytes
   * the file does not have (416 Range Not Satisfiable).
   */
  public static Optional<ByteRange> requested(String header, long size) {
    var matcher = header == null ? null : SINGLE.matcher(header);
    if (matcher == null || !matcher.matches() || (matcher.group(1) + matcher.group(2)).isEmpty()) {
      return Optional.of(whole(size));
    }
    try {
      if (matcher.group(1).isEmpty()) {
        long suffix = Long.parseLong(matcher.group(2));
        return suffix == 0 || size == 0
            ? Optional.empty()
            : Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, true));
      }
      long first = Long.parseLong(matcher.group(1));
      long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
      if (last < first) {
        return Optional.of(whole(size));
      }
      return first >= size
          ? Optional.empty()
          : Optional.of(new ByteRange(first, Math.min(last, size - 1), true));
    } catch (NumberFormatException tooLarge) {
      return Optional.of(whole(size));
    }
  }

  public long length() {
    return last - first + 1;
  }

  /** The Content-Range header value of a partial answer, e.g. {@code bytes 0-99/1000}. */
  public String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }
}
