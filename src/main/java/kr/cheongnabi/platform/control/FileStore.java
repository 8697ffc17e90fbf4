package kr.cheongnabi.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.cheongnabi.platform.entity.StoredFile;

/**
 * Uploaded files, kept in the database so that every instance of the application can serve them. A
 * file is read from its stream and written a chunk of at most 1 MiB at a time, so neither the
 * application's memory nor one database packet ever holds the whole file. What a file is comes from
 * its first bytes ({@link FileSignature}), never from its name. Callers decide who may store and
 * read which file; this class only keeps them.
 */
@Stateless
public class FileStore {

  public static final int CHUNK_BYTES = 1024 * 1024;
  private static final int MAX_NAME = 255;

  @PersistenceContext EntityManager em;
  @Inject FileChunks chunks;
  @Inject Clock clock;

  /**
   * Stores the stream as a new file, or refuses it: empty, not one of the accepted types, or larger
   * than {@code maxBytes}. A refused or failed upload leaves nothing behind.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public StoredFile store(
      InputStream in, String originalName, Set<String> accepted, long maxBytes, String uploadedBy)
      throws IOException {
    var name = safeName(originalName);
    var buffer = new byte[CHUNK_BYTES];
    int filled = in.readNBytes(buffer, 0, CHUNK_BYTES);
    if (filled == 0) {
      throw new BusinessException("file.empty", name);
    }
    var type =
        FileSignature.of(buffer, filled)
            .filter(accepted::contains)
            .orElseThrow(() -> new BusinessException("file.typeRefused", name));
    var digest = sha256();
    long id = chunks.begin(name, type, uploadedBy, clock.instant());
    long size = 0;
    int count = 0;
    try {
      while (filled > 0) {
        size += filled;
        if (size > maxBytes) {
          throw new BusinessException("file.tooLarge", name, maxBytes / CHUNK_BYTES);
        }
        digest.update(buffer, 0, filled);
        chunks.write(id, count++, Arrays.copyOf(buffer, filled));
        filled = in.readNBytes(buffer, 0, CHUNK_BYTES);
      }
      chunks.finish(id, size, count, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException | RuntimeException e) {
      chunks.delete(id);
      throw e;
    }
    return em.find(StoredFile.class, id);
  }

  /** A complete file. */
  public Optional<StoredFile> find(long id) {
    return Optional.ofNullable(em.find(StoredFile.class, id)).filter(StoredFile::isComplete);
  }

  /** The complete ones of the given files, by id. */
  public Map<Long, StoredFile> find(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(StoredFile.COMPLETE_BY_IDS, StoredFile.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(StoredFile::getId, Function.identity()));
  }

  /**
   * Writes bytes {@code first} to {@code last} (inclusive) of the file to {@code out}, reading one
   * chunk at a time in a short transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void copy(StoredFile file, long first, long last, OutputStream out) throws IOException {
    for (long no = first / CHUNK_BYTES; no <= last / CHUNK_BYTES; no++) {
      var data = chunks.read(file.getId(), (int) no);
      long start = no * CHUNK_BYTES;
      int from = (int) Math.max(0, first - start);
      int to = (int) Math.min(data.length - 1L, last - start);
      out.write(data, from, to - from + 1);
    }
  }

  /** Removes the file, in the caller's transaction. */
  public void delete(long id) {
    chunks.delete(id);
  }

  /** The name without folders or control characters, as the upload page shows it. */
  static String safeName(String originalName) {
    var name = originalName == null ? "" : originalName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty()) {
      return "file";
    }
    return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
