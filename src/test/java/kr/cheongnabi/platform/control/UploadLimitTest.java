package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

  private static final UploadLimit TEN_MIB = UploadLimit.mebibytes(10);

  /** A stream of zeros that counts what was read from it, as a huge upload would be. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }

  @Test
  void refusesADeclaredSizeOverTheLimitBeforeReadingAndNamesTheFileAndBothSizes() {
    var endless = new Endless();

    var refused =
        assertThrows(
            BusinessException.class,
            () -> TEN_MIB.read("certificate.pdf", 150 * UploadLimit.MIB, endless));

    assertEquals("upload.tooLarge", refused.getMessageKey());
    assertEquals(List.of("certificate.pdf", "150", "10"), List.of(refused.getArguments()));
    assertEquals(0, endless.read, "nothing read");
  }

  @Test
  void stopsReadingOneByteAfterTheLimitWhenTheDeclaredSizeLied() {
    var endless = new Endless();

    var refused = assertThrows(BusinessException.class, () -> TEN_MIB.read("x.pdf", 5, endless));

    assertEquals("10.1", refused.getArguments()[1]);
    assertEquals(10 * UploadLimit.MIB + 1, endless.read);
  }

  @Test
  void copiesAFileWithinTheLimitAndStopsSoonAfterItOtherwise() throws IOException {
    var out = new ByteArrayOutputStream();
    var small = new byte[3 * 1024 * 1024 + 7];
    small[small.length - 1] = 42;

    assertEquals(
        small.length,
        TEN_MIB.copy("roster.csv", small.length, new ByteArrayInputStream(small), out));
    assertArrayEquals(small, out.toByteArray());

    var endless = new Endless();
    var sink = new ByteArrayOutputStream();
    assertThrows(BusinessException.class, () -> TEN_MIB.copy("roster.csv", 1, endless, sink));
    assertTrue(endless.read <= 10 * UploadLimit.MIB + 64 * 1024, () -> "read " + endless.read);
    assertTrue(sink.size() <= 10 * UploadLimit.MIB, () -> "kept " + sink.size());
  }

  @Test
  void readsAFileWithinTheLimitWhole() throws IOException {
    var content = "employee_number\nA-1\n".getBytes();

    assertArrayEquals(
        content, TEN_MIB.read("a.csv", content.length, new ByteArrayInputStream(content)));
  }

  @Test
  void showsSizesInMebibytesRoundedUpToATenth() {
    assertEquals("150", UploadLimit.inMebibytes(150 * UploadLimit.MIB));
    assertEquals("1.5", UploadLimit.inMebibytes(3 * UploadLimit.MIB / 2));
    assertEquals("0.1", UploadLimit.inMebibytes(100));
    assertEquals("10.1", UploadLimit.inMebibytes(10 * UploadLimit.MIB + 1));
    assertEquals("60.1", UploadLimit.inMebibytes(60 * UploadLimit.MIB + 600));
    assertEquals("51", UploadLimit.inMebibytes(UploadLimit.MOST_PER_FORM_REQUEST));
  }
}
