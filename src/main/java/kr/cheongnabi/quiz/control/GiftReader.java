package kr.cheongnabi.quiz.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import kr.cheongnabi.platform.control.UploadLimit;

/**
 * Reads a quiz file: GIFT true/false questions with the optional {@code // @} lines of {@code
 * quizzes/README.md}, or a plain Moodle export. It reads the GIFT part the way Moodle's importer
 * does (one block of lines per question, comment lines blanked, escapes, the first {@code { }} pair
 * as the answer), so that what Cheongnabi shows is what Moodle would import, and lists by line
 * every question Moodle would read as something other than true/false, skipped. All problems are
 * counted, never only the first, and the first {@value GiftProblems#KEPT} are kept.
 */
public class GiftReader {

  private final Predicate<String> knownCase;

  /** A reader that takes any {@code // @case} key as it is, e.g. to check the format alone. */
  public GiftReader() {
    this(key -> true);
  }

  /**
   * A reader that refuses a {@code // @case} line naming no known integrity case.
   *
   * @param knownCase whether a case of this key exists
   */
  public GiftReader(Predicate<String> knownCase) {
    this.knownCase = knownCase;
  }

  /** A quiz file is text: the largest in quizzes/ has 23 KiB; 2 MiB is room for any real one. */
  public static final UploadLimit UPLOAD_LIMIT = UploadLimit.mebibytes(2);

  /** Reads a UTF-8 file; its name in the problems is the file's own name. */
  public GiftResult read(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (IOException e) {
      return unreadable(name, e);
    }
  }

  /**
   * Reads UTF-8 bytes (a byte-order mark is skipped). Bytes that are not UTF-8 text, a file saved
   * as EUC-KR or no text at all, make one problem, never text made up of the bytes.
   */
  public GiftResult read(String fileName, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return unreadable(fileName, e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    boolean utf8 = !decoder.decode(input, output, true).isError();
    // A NUL byte is UTF-8 but never in text: the file is a program, an image or a workbook.
    int bad = utf8 ? indexOf(bytes, (byte) 0) : input.position();
    if (bad >= 0) {
      return new GiftResult(
          null, List.of(new GiftProblem(fileName, 0, "file.notUtf8", lineOf(bytes, bad))));
    }
    decoder.flush(output);
    return read(fileName, output.flip().toString());
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int lineOf(byte[] bytes, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** Reads the text of a file (a leading byte-order mark is skipped). */
  public GiftResult read(String fileName, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    var parse = new GiftParse(fileName, text.split("\r\n|\r|\n", -1), knownCase);
    parse.run();
    var problems = parse.problems();
    return new GiftResult(
        parse.quiz(), problems.kept(), problems.count(), parse.skipped(), parse.skippedCount());
  }

  private static GiftResult unreadable(String fileName, IOException e) {
    return new GiftResult(
        null, List.of(new GiftProblem(fileName, 0, "file.unreadable", String.valueOf(e))));
  }
}
