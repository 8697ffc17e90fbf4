package kr.cheongnabi.learning.entity;

import java.util.Arrays;
import java.util.Optional;
import kr.cheongnabi.platform.control.FileSignature;

/** The evidence files taken, told apart by their first bytes, never by name or browser. */
public enum EvidenceFileType {
  PDF(FileSignature.PDF),
  JPEG(FileSignature.JPEG),
  PNG(FileSignature.PNG);

  private final String mediaType;

  EvidenceFileType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<EvidenceFileType> of(byte[] content) {
    return FileSignature.of(content, content.length).flatMap(EvidenceFileType::ofMediaType);
  }

  public static Optional<EvidenceFileType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }
}
