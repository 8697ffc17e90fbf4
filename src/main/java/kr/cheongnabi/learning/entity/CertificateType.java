package kr.cheongnabi.learning.entity;

import java.util.Arrays;
import java.util.Optional;

/** The certificate files taken, told apart by their first bytes, never by name or browser. */
public enum CertificateType {
  PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

  private final String mediaType;
  private final byte[] magic;

  CertificateType(String mediaType, byte[] magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<CertificateType> of(byte[] content) {
    return Arrays.stream(values())
        .filter(
            t ->
                content.length >= t.magic.length
                    && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
        .findFirst();
  }

  public static Optional<CertificateType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }
}
