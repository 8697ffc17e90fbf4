package kr.cheongnabi.people.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells the encodings of Korean HR exports apart. Excel on Korean Windows saves "CSV" as CP949,
 * newer HR systems write UTF-8 with or without a byte order mark. CP949 text with Hangul is
 * practically never valid UTF-8, so a strict UTF-8 check decides between the two.
 */
public final class RosterEncoding {

  static final Charset CP949 = Charset.forName("x-windows-949");

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private RosterEncoding() {}

  public static Charset detect(byte[] content) {
    if (hasUtf8Bom(content) || isValidUtf8(ByteBuffer.wrap(content))) {
      return StandardCharsets.UTF_8;
    }
    return CP949;
  }

  /** The encoding of a file read as a stream, a buffer at a time; the stream is read to its end. */
  public static Charset detect(InputStream content) throws IOException {
    var buffer = new byte[64 * 1024];
    int head = content.readNBytes(buffer, 0, UTF8_BOM.length);
    if (hasUtf8Bom(Arrays.copyOf(buffer, head))) {
      return StandardCharsets.UTF_8;
    }
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer in = ByteBuffer.allocate(buffer.length + UTF8_BOM.length);
    in.put(buffer, 0, head);
    CharBuffer out = CharBuffer.allocate(8192);
    for (int n; (n = content.read(buffer, 0, Math.min(buffer.length, in.remaining()))) != -1; ) {
      in.put(buffer, 0, n);
      in.flip();
      if (!decodes(decoder, in, out, false)) {
        return CP949;
      }
      in.compact();
    }
    in.flip();
    return decodes(decoder, in, out, true) && flushes(decoder, out)
        ? StandardCharsets.UTF_8
        : CP949;
  }

  /** The number of leading bytes that are a byte order mark, not text. */
  public static int bomLength(byte[] content) {
    return hasUtf8Bom(content) ? UTF8_BOM.length : 0;
  }

  private static boolean hasUtf8Bom(byte[] content) {
    return content.length >= 3
        && content[0] == UTF8_BOM[0]
        && content[1] == UTF8_BOM[1]
        && content[2] == UTF8_BOM[2];
  }

  // Decodes into a small reused buffer: the check must not hold a second copy of a large file.
  private static boolean isValidUtf8(ByteBuffer in) {
    CharsetDecoder decoder = strictUtf8();
    CharBuffer out = CharBuffer.allocate(8192);
    return decodes(decoder, in, out, true) && flushes(decoder, out);
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Whether the bytes decode; bytes of a character cut at the end stay in {@code in}. */
  private static boolean decodes(
      CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean endOfInput) {
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, endOfInput);
      if (result.isError()) {
        return false;
      }
    } while (result.isOverflow());
    return true;
  }

  private static boolean flushes(CharsetDecoder decoder, CharBuffer out) {
    CoderResult result;
    do {
      out.clear();
      result = decoder.flush(out);
    } while (result.isOverflow());
    return !result.isError();
  }
}
