package kr.cheongnabi.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kr.cheongnabi.platform.entity.StoredFile;

/**
 * The rows of a stored file, each step in a short transaction of its own: a large upload never
 * holds one transaction (or its locks and undo log) open for minutes, and a slow download never
 * holds a connection between chunks. Only {@link FileStore} uses it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FileChunks {

  @PersistenceContext EntityManager em;

  public long begin(String originalName, String contentType, String uploadedBy, Instant at) {
    var file = new StoredFile(originalName, contentType, uploadedBy, at);
    em.persist(file);
    em.flush();
    return file.getId();
  }

  public void write(long fileId, int chunkNo, byte[] data) {
    em.createNativeQuery("INSERT INTO stored_file_chunk (file_id, chunk_no, data) VALUES (?, ?, ?)")
        .setParameter(1, fileId)
        .setParameter(2, chunkNo)
        .setParameter(3, data)
        .executeUpdate();
  }

  public void finish(long fileId, long size, int chunkCount, String sha256) {
    em.find(StoredFile.class, fileId).completeWith(size, chunkCount, sha256);
  }

  public byte[] read(long fileId, int chunkNo) {
    return (byte[])
        em.createNativeQuery(
                "SELECT data FROM stored_file_chunk WHERE file_id = ? AND chunk_no = ?")
            .setParameter(1, fileId)
            .setParameter(2, chunkNo)
            .getSingleResult();
  }

  /** Removes a file and its chunks, in the caller's transaction when there is one. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void delete(long fileId) {
    em.createNativeQuery("DELETE FROM stored_file_chunk WHERE file_id = ?")
        .setParameter(1, fileId)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM stored_file WHERE id = ?")
        .setParameter(1, fileId)
        .executeUpdate();
  }
}
