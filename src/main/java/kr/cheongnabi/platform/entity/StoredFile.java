package kr.cheongnabi.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An uploaded file kept in the database, so that every instance serves it. Its bytes are in chunks
 * of at most 1 MiB (table stored_file_chunk); it is complete once every chunk is written and its
 * size and SHA-256 are known, and only complete files are ever served.
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = StoredFile.COMPLETE_BY_IDS,
    query = "SELECT f FROM StoredFile f WHERE f.id IN :ids AND f.complete = TRUE")
public class StoredFile {

  public static final String COMPLETE_BY_IDS = "StoredFile.completeByIds";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "original_name")
  private String originalName;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  @Column(name = "chunk_count")
  private int chunkCount;

  private String sha256;

  private boolean complete;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected StoredFile() {}

  public StoredFile(
      String originalName, String contentType, String uploadedBy, Instant uploadedAt) {
    this.originalName = Objects.requireNonNull(originalName, "originalName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
  }

  /** Every chunk is written: the file may be served from now on. */
  public void completeWith(long size, int chunkCount, String sha256) {
    this.size = size;
    this.chunkCount = chunkCount;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.complete = true;
  }

  public Long getId() {
    return id;
  }

  public String getOriginalName() {
    return originalName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public int getChunkCount() {
    return chunkCount;
  }

  public String getSha256() {
    return sha256;
  }

  public boolean isComplete() {
    return complete;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
