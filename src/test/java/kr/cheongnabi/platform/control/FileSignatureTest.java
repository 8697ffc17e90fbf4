package kr.cheongnabi.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileSignatureTest {

  @Test
  void aPdfIsKnownByItsHeader() {
    assertEquals(Optional.of(FileSignature.PDF), of(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
  }

  @Test
  void textNamedPdfIsNothing() {
    assertEquals(Optional.empty(), of(ascii("<html>not a pdf</html>")));
    assertEquals(Optional.empty(), of(ascii(" %PDF-1.7 after a space")));
  }

  @Test
  void imagesAndContainersAreKnownByTheirOpening() {
    assertEquals(
        Optional.of(FileSignature.JPEG),
        of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x0E}));
    assertEquals(
        Optional.of(FileSignature.PNG),
        of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}));
    assertEquals(Optional.of(FileSignature.ZIP), of(new byte[] {'P', 'K', 0x03, 0x04, 0x14, 0}));
    assertEquals(
        Optional.of(FileSignature.OLE2),
        of(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}));
    assertEquals(Optional.empty(), of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
  }

  @Test
  void anIsoMp4IsKnownByItsBrands() {
    assertEquals(Optional.of(FileSignature.MP4), of(ftyp("isom", "isom", "iso2", "avc1")));
    assertEquals(Optional.of(FileSignature.MP4), of(ftyp("XAVC", "mp42")));
  }

  @Test
  void aQuickTimeMovieIsNoMp4() {
    assertEquals(Optional.empty(), of(ftyp("qt  ", "qt  ")));
  }

  @Test
  void aWebmIsKnownByItsDocTypeAndMatroskaIsNot() {
    assertEquals(Optional.of(FileSignature.WEBM), of(ebml("webm")));
    assertEquals(Optional.empty(), of(ebml("matroska")));
  }

  @Test
  void aTruncatedHeaderIsNothing() {
    var webm = ebml("webm");
    assertEquals(Optional.empty(), FileSignature.of(webm, 12));
    assertEquals(Optional.empty(), of(new byte[0]));
  }

  private static Optional<String> of(byte[] bytes) {
    return FileSignature.of(bytes, bytes.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An ISO base media "ftyp" box: size, "ftyp", major brand, version 0, compatible brands. */
  private static byte[] ftyp(String major, String... compatible) {
    var out = new ByteArrayOutputStream();
    int size = 16 + 4 * compatible.length;
    out.writeBytes(new byte[] {0, 0, 0, (byte) size});
    out.writeBytes(ascii("ftyp" + major));
    out.writeBytes(new byte[4]);
    for (var brand : compatible) {
      out.writeBytes(ascii(brand));
    }
    out.writeBytes(new byte[] {0, 0, 0, 8, 'f', 'r', 'e', 'e'});
    return out.toByteArray();
  }

  /** An EBML header as Matroska and WebM files open with it, with the given DocType. */
  private static byte[] ebml(String docType) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 0x01}); // EBMLVersion 1
    body.writeBytes(new byte[] {0x42, (byte) 0xF7, (byte) 0x81, 0x01}); // EBMLReadVersion 1
    body.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | docType.length())});
    body.writeBytes(ascii(docType));
    body.writeBytes(new byte[] {0x42, (byte) 0x87, (byte) 0x81, 0x04}); // DocTypeVersion 4
    var out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
    out.write(0x80 | body.size());
    out.writeBytes(body.toByteArray());
    out.writeBytes(new byte[] {0x18, 0x53, (byte) 0x80, 0x67}); // Segment
    return out.toByteArray();
  }
}
