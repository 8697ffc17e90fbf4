package kr.cheongnabi.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, told by its first bytes and never by its name: a PDF, an MP4 or WebM video, a
 * JPEG or PNG image, or a ZIP or OLE2 container (what .xlsx and .xls spreadsheets are). Every
 * upload is told by this one check; each caller says which of these it takes. Tika's core detector,
 * the usual tool, names an ordinary {@code isom} MP4 QuickTime and cannot tell WebM from Matroska
 * without its heavy parser modules, so the signatures are read here as their specifications define
 * them.
 */
public final class FileSignature {

  public static final String PDF = "application/pdf";
  public static final String MP4 = "video/mp4";
  public static final String WEBM = "video/webm";
  public static final String JPEG = "image/jpeg";
  public static final String PNG = "image/png";
  public static final String ZIP = "application/zip";
  public static final String OLE2 = "application/x-ole-storage";

  /** How many leading bytes are enough to tell. */
  public static final int HEAD_BYTES = 4096;

  private static final byte[] EBML_MAGIC = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
  private static final int EBML_DOC_TYPE = 0x4282;

  // Formats told by a fixed opening alone, by their content type.
  private static final Map<String, byte[]> MAGIC =
      Map.of(
          PDF, "%PDF-".getBytes(StandardCharsets.US_ASCII),
          JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
          PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
          ZIP, new byte[] {'P', 'K', 0x03, 0x04},
          OLE2, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

  // ISO base media brands that browsers play as MP4; QuickTime's "qt  " alone is not one.
  private static final Set<String> MP4_BRANDS =
      Set.of(
          "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ",
          "mmp4");

  private FileSignature() {}

  /**
   * The content type of a file starting with the given bytes, if it is one of these; at most the
   * first {@link #HEAD_BYTES} of them are read.
   */
  public static Optional<String> of(byte[] head, int length) {
    var bytes = Arrays.copyOf(head, Math.min(Math.min(length, head.length), HEAD_BYTES));
    var fixed = MAGIC.entrySet().stream().filter(m -> startsWith(bytes, m.getValue())).findFirst();
    if (fixed.isPresent()) {
      return Optional.of(fixed.get().getKey());
    }
    if (isMp4(bytes)) {
      return Optional.of(MP4);
    }
    if (startsWith(bytes, EBML_MAGIC) && "webm".equals(ebmlDocType(bytes))) {
      return Optional.of(WEBM);
    }
    return Optional.empty();
  }

  /** An ISO base media file opens with its "ftyp" box: major brand, version, compatible brands. */
  private static boolean isMp4(byte[] bytes) {
    if (bytes.length < 16 || !"ftyp".equals(ascii(bytes, 4, 4))) {
      return false;
    }
    long boxSize = Integer.toUnsignedLong(ByteBuffer.wrap(bytes).getInt(0));
    int end = (int) Math.min(boxSize, bytes.length);
    if (MP4_BRANDS.contains(ascii(bytes, 8, 4))) {
      return true;
    }
    for (int at = 16; at + 4 <= end; at += 4) {
      if (MP4_BRANDS.contains(ascii(bytes, at, 4))) {
        return true;
      }
    }
    return false;
  }

  /** The DocType element of the EBML header ("webm" or "matroska"), or null. */
  private static String ebmlDocType(byte[] bytes) {
    var header = new long[2];
    int at = EBML_MAGIC.length;
    if (!vint(bytes, at, false, header)) {
      return null;
    }
    at += (int) header[1];
    long headerEnd = Math.min(bytes.length, at + header[0]);
    var id = new long[2];
    var size = new long[2];
    while (at < headerEnd
        && vint(bytes, at, true, id)
        && vint(bytes, at + (int) id[1], false, size)) {
      int data = at + (int) id[1] + (int) size[1];
      if (data + size[0] > bytes.length) {
        return null;
      }
      if (id[0] == EBML_DOC_TYPE) {
        return ascii(bytes, data, (int) size[0]);
      }
      at = data + (int) size[0];
    }
    return null;
  }

  /**
   * Reads an EBML variable-length integer at {@code at} into {@code out}: its value and its length
   * in bytes. Element ids keep their length marker bit; sizes do not.
   */
  private static boolean vint(byte[] bytes, int at, boolean keepMarker, long[] out) {
    if (at >= bytes.length || bytes[at] == 0) {
      return false;
    }
    int first = bytes[at] & 0xFF;
    int length = Integer.numberOfLeadingZeros(first) - 23;
    if (at + length > bytes.length) {
      return false;
    }
    long value = keepMarker ? first : first & (0xFF >> length);
    for (int i = 1; i < length; i++) {
      value = (value << 8) | (bytes[at + i] & 0xFF);
    }
    out[0] = value;
    out[1] = length;
    return true;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static String ascii(byte[] bytes, int from, int length) {
    if (from < 0 || length < 0 || from + length > bytes.length) {
      return "";
    }
    return new String(bytes, from, length, StandardCharsets.US_ASCII);
  }
}
