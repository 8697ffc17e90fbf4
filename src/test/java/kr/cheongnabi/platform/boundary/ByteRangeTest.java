package kr.cheongnabi.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  private static final long SIZE = 1000;

  @Test
  void noHeaderSendsTheWholeFile() {
    assertEquals(Optional.of(new ByteRange(0, 999, false)), ByteRange.requested(null, SIZE));
  }

  @Test
  void aRangeIsSentAsAsked() {
    var range = ByteRange.requested("bytes=100-199", SIZE).orElseThrow();
    assertEquals(new ByteRange(100, 199, true), range);
    assertEquals(100, range.length());
    assertEquals("bytes 100-199/1000", range.contentRange(SIZE));
  }

  @Test
  void anOpenRangeRunsToTheEndAndALongOneStopsThere() {
    assertEquals(
        Optional.of(new ByteRange(900, 999, true)), ByteRange.requested("bytes=900-", SIZE));
    assertEquals(
        Optional.of(new ByteRange(900, 999, true)), ByteRange.requested("bytes=900-5000", SIZE));
  }

  @Test
  void aSuffixRangeIsTheLastBytes() {
    assertEquals(
        Optional.of(new ByteRange(800, 999, true)), ByteRange.requested("bytes=-200", SIZE));
    assertEquals(
        Optional.of(new ByteRange(0, 999, true)), ByteRange.requested("bytes=-5000", SIZE));
  }

  @Test
  void bytesTheFileDoesNotHaveCannotBeSent() {
    assertTrue(ByteRange.requested("bytes=1000-", SIZE).isEmpty());
    assertTrue(ByteRange.requested("bytes=-0", SIZE).isEmpty());
  }

  @Test
  void whatThisServerDoesNotServeGetsTheWholeFile() {
    var whole = Optional.of(ByteRange.whole(SIZE));
    assertEquals(whole, ByteRange.requested("bytes=0-1,5-9", SIZE), "several ranges");
    assertEquals(whole, ByteRange.requested("items=0-1", SIZE), "another unit");
    assertEquals(whole, ByteRange.requested("bytes=50-10", SIZE), "backwards");
    assertEquals(whole, ByteRange.requested("bytes=-", SIZE), "no numbers");
    assertEquals(whole, ByteRange.requested("bytes=99999999999999999999-", SIZE), "too large");
  }

  @Test
  void theFileNameReachesTheHeaderOnlyEncoded() {
    var header = FileResponses.inline("청렴 \"안내\";\r\nX-Evil: 1.pdf");
    assertTrue(header.startsWith("inline; filename=\""), header);
    assertTrue(!header.contains("\r") && !header.contains("\n"), header);
    assertTrue(header.contains("filename*=UTF-8''%EC%B2%AD%EB%A0%B4%20"), header);
    assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
  }
}
