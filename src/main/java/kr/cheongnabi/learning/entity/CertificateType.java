package kr.cheongnabi.learning.entity;

import java.util.Arrays;
import java.util.Optional;
import kr.cheongnabi.platform.control.FileSignature;

/** The certificate files taken, told apart by their first bytes, never by name or browser. */
public enum CertificateType {
  PDF(FileSignature.PDF),
  JPEG(FileSignature.JPEG),
  PNG(FileSignature.PNG);

  private final String mediaType;

  CertificateType(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<CertificateType> of(byte[] content) {
    return FileSignature.of(content, content.length).flatMap(CertificateType::ofMediaType);
  }

  public static Optional<CertificateType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }
}
