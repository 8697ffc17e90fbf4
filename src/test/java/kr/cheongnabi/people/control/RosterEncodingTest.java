package kr.cheongnabi.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RosterEncodingTest {

  // Three-byte Hangul in lines of odd length, so that characters straddle every buffer's end.
  private static final String KOREAN = "김민준,홍길동,이서연,x\n".repeat(20_000);

  @Test
  void aStreamTellsTheSameEncodingAsTheWholeBytes() throws IOException {
    byte[] utf8 = KOREAN.getBytes(StandardCharsets.UTF_8);
    byte[] cp949 = KOREAN.getBytes(RosterEncoding.CP949);
    byte[] brokenAtTheEnd = (KOREAN + "끝").getBytes(StandardCharsets.UTF_8);
    brokenAtTheEnd = Arrays.copyOf(brokenAtTheEnd, brokenAtTheEnd.length - 1);

    for (var bytes : new byte[][] {utf8, cp949, brokenAtTheEnd, new byte[0]}) {
      assertEquals(
          RosterEncoding.detect(bytes), RosterEncoding.detect(new ByteArrayInputStream(bytes)));
    }
    assertEquals(
        StandardCharsets.UTF_8, RosterEncoding.detect(new ByteArrayInputStream(utf8)), "UTF-8");
    assertEquals(
        RosterEncoding.CP949, RosterEncoding.detect(new ByteArrayInputStream(cp949)), "CP949");
    assertEquals(
        RosterEncoding.CP949,
        RosterEncoding.detect(new ByteArrayInputStream(brokenAtTheEnd)),
        "a character cut at the very end");
  }
}
