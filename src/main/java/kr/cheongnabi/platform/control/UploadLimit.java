package kr.cheongnabi.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The most bytes one kind of upload may have. The size the request declared is checked before a
 * byte is read, and the reading itself stops one byte past the limit, so that a file that lied
 * about its size cannot fill the heap either. A file over the limit is refused with a message that
 * names it, its size and the limit ("roster.csv is 150 MiB; the most is 50 MiB").
 */
public record UploadLimit(long bytes) {

  public static final long MIB = 1024L * 1024;

  /**
   * The most a request to any form but a lesson's file may carry: the largest file such a form
   * takes (a roster, {@code RosterUpload}) and room for the form's other fields. Lesson files,
   * videos among them, are streamed to the database and keep the servlet's own ceiling.
   */
  public static final long MOST_PER_FORM_REQUEST = 51 * MIB;

  public UploadLimit {
    if (bytes < 1) {
      throw new IllegalArgumentException("a limit of " + bytes + " bytes");
    }
  }

  public static UploadLimit mebibytes(long mebibytes) {
    return new UploadLimit(mebibytes * MIB);
  }

  /** Refuses a file whose declared size is over the limit, before anything is read. */
  public void check(String fileName, long size) {
    if (size > bytes) {
      throw new BusinessException(
          "upload.tooLarge", fileName, inMebibytes(size), inMebibytes(bytes));
    }
  }

  /** Every byte of the file, read only while it stays within the limit. */
  public byte[] read(String fileName, long declaredSize, InputStream in) throws IOException {
    check(fileName, declaredSize);
    var content = in.readNBytes(Math.toIntExact(Math.min(bytes, Integer.MAX_VALUE - 8) + 1));
    check(fileName, content.length);
    return content;
  }

  /** Copies the file to out, refusing it as soon as more than the limit has come. */
  public long copy(String fileName, long declaredSize, InputStream in, OutputStream out)
      throws IOException {
    check(fileName, declaredSize);
    var buffer = new byte[64 * 1024];
    long copied = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      copied += n;
      check(fileName, copied);
      out.write(buffer, 0, n);
    }
    return copied;
  }

  /**
   * A size in MiB for people, rounded up to a tenth: a file just over the limit never reads as the
   * limit itself, and a small one never as 0.
   */
  public static String inMebibytes(long bytes) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(MIB), 1, RoundingMode.UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
