package kr.cheongnabi.people.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
    if (hasUtf8Bom(content) || isValidUtf8(content)) {
      return StandardCharsets.UTF_8;
    }
    return CP949;
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
  private static boolean isValidUtf8(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
    } while (result.isOverflow());
    do {
      out.clear();
      result = decoder.flush(out);
    } while (result.isOverflow());
    return !result.isError();
  }
}
