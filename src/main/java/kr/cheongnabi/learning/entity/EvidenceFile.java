package kr.cheongnabi.learning.entity;

import java.util.Objects;

/**
 * The file an employee uploads as evidence of training taken elsewhere (the certificate the other
 * provider gave them), as uploaded: a PDF, JPEG or PNG by its content, of at most 10 MiB. Not the
 * certificate this application issues, which is the ledger's {@code TrainingCertificate}.
 */
public record EvidenceFile(String fileName, EvidenceFileType type, byte[] content) {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public EvidenceFile {
    Objects.requireNonNull(type, "type");
    content = content.clone();
    fileName = safeName(fileName);
  }

  /** The file if it is one we take; otherwise the message key of what is wrong with it. */
  public static EvidenceFile of(String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new IllegalArgumentException("evidence.file.missing");
    }
    if (content.length > MAX_BYTES) {
      throw new IllegalArgumentException("evidence.file.tooLarge");
    }
    var type =
        EvidenceFileType.of(content)
            .orElseThrow(() -> new IllegalArgumentException("evidence.file.type"));
    return new EvidenceFile(fileName, type, content);
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  // Only the last path segment, printable, and short enough for the column.
  private static String safeName(String name) {
    var base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (base.isEmpty()) {
      base = "certificate";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
