package kr.cheongnabi.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.logging.Logger;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.UploadLimit;
import org.primefaces.model.file.UploadedFile;

/**
 * An uploaded file read within its kind's limit. The servlet keeps a part over 1 MiB in a temporary
 * file, and its size comes from there: it is checked before any byte is read, and {@code
 * getContent()}, which would read the whole part into the heap first, is never called.
 */
public final class Uploads {

  private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

  private Uploads() {}

  /** Whether a file was chosen at all (an empty file counts as none). */
  public static boolean chosen(UploadedFile file) {
    return file != null && file.getSize() > 0;
  }

  /** The file's bytes, refused with a message naming it when it is over the limit. */
  public static byte[] read(UploadedFile file, UploadLimit limit) {
    try (var in = file.getInputStream()) {
      return limit.read(file.getFileName(), file.getSize(), in);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * The file copied to a temporary file of the caller's, which deletes it; for work that goes on
   * after the request, when the servlet has deleted its own copy.
   */
  public static Path copy(UploadedFile file, UploadLimit limit, String prefix) {
    limit.check(file.getFileName(), file.getSize());
    Path copy = null;
    try (var in = file.getInputStream()) {
      copy = Files.createTempFile(prefix, ".upload");
      try (var out = Files.newOutputStream(copy)) {
        limit.copy(file.getFileName(), file.getSize(), in, out);
      }
      return copy;
    } catch (IOException e) {
      delete(copy);
      throw unreadable(file, e);
    } catch (RuntimeException e) {
      delete(copy);
      throw e;
    }
  }

  /**
   * Hands a copy made by {@link #copy} to the work that deletes it when done; the copy is deleted
   * here if that work could not even start.
   */
  public static <T> T handOver(Path copy, Function<Path, T> work) {
    try {
      return work.apply(copy);
    } catch (RuntimeException e) {
      delete(copy);
      throw e;
    }
  }

  private static BusinessException unreadable(UploadedFile file, IOException e) {
    LOG.warning(() -> "Upload " + file.getFileName() + " could not be read: " + e);
    return new BusinessException("upload.unreadable", file.getFileName());
  }

  private static void delete(Path copy) {
    if (copy == null) {
      return;
    }
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
