package kr.cheongnabi.ledger.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import kr.cheongnabi.platform.control.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A training certificate as a one-page A4 PDF. The Korean font (Pretendard, SIL Open Font Licence,
 * in resources/fonts) is embedded as a subset, so the certificate reads the same on any computer;
 * the verification code is printed and drawn as a QR code of the public verification page.
 */
public final class CertificateDocument {

  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float[] BRAND = {0.043f, 0.239f, 0.478f};

  private CertificateDocument() {}

  public static byte[] render(CertificateContent c) {
    try (var document = new PDDocument()) {
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDFont regular = PdfFonts.regular(document);
      PDFont bold = PdfFonts.bold(document);
      var t = Texts.of(c);
      try (var out = new PDPageContentStream(document, page)) {
        frame(out);
        centred(out, bold, 30, HEIGHT - 150, t.title());
        centred(out, regular, 13, HEIGHT - 180, t.subtitle());
        float y = HEIGHT - 260;
        for (var line : t.facts()) {
          out.beginText();
          out.setFont(regular, 14);
          out.newLineAtOffset(110, y);
          out.showText(line[0]);
          out.newLineAtOffset(120, 0);
          out.setFont(bold, 14);
          out.showText(line[1]);
          out.endText();
          y -= 30;
        }
        y -= 30;
        for (var line : t.statement()) {
          centred(out, regular, 15, y, line);
          y -= 26;
        }
        centred(out, regular, 13, 250, t.issued());
        centred(out, bold, 16, 220, t.issuer());
        qr(out, c.verifyUrl(), 70, 70, 90);
        out.beginText();
        out.setFont(regular, 10);
        out.newLineAtOffset(175, 140);
        out.showText(t.verifyHint());
        out.newLineAtOffset(0, -18);
        out.setFont(bold, 14);
        out.showText(c.code().grouped());
        out.newLineAtOffset(0, -16);
        out.setFont(regular, 9);
        out.showText(c.verifyUrl());
        out.endText();
      }
      var info = document.getDocumentInformation();
      info.setTitle(t.title() + " " + c.year() + " – " + c.employeeName());
      info.setAuthor("Cheongnabi");
      info.setSubject(c.code().grouped());
      var bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the certificate could not be written", e);
    }
  }

  private static void frame(PDPageContentStream out) throws IOException {
    out.setStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
    out.setLineWidth(3);
    out.addRect(36, 36, WIDTH - 72, HEIGHT - 72);
    out.stroke();
    out.setLineWidth(0.8f);
    out.addRect(44, 44, WIDTH - 88, HEIGHT - 88);
    out.stroke();
  }

  private static void centred(PDPageContentStream out, PDFont font, float size, float y, String s)
      throws IOException {
    float width = font.getStringWidth(s) / 1000 * size;
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset((WIDTH - width) / 2, y);
    out.showText(s);
    out.endText();
  }

  /** The QR code as filled squares, so it stays sharp at any zoom and needs no image. */
  private static void qr(PDPageContentStream out, String text, float x, float y, float size)
      throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
    float cell = size / matrix.getWidth();
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          out.addRect(x + column * cell, y + size - (row + 1) * cell, cell, cell);
        }
      }
    }
    out.fill();
  }

  /** The wording of the certificate in its language. */
  private record Texts(
      String title,
      String subtitle,
      String[][] facts,
      String[] statement,
      String issued,
      String issuer,
      String verifyHint) {

    static Texts of(CertificateContent c) {
      var language = c.korean() ? Locale.KOREAN : Locale.ENGLISH;
      var hours = Hours.of(c.minutes()).text(language);
      var target = Hours.of(c.targetMinutes()).text(language);
      var split =
          new String[] {
            Hours.of(c.onlineMinutes()).text(language),
            Hours.of(c.inPersonMinutes()).text(language),
            Hours.of(c.externalMinutes()).text(language)
          };
      if (c.korean()) {
        return new Texts(
            "청렴교육 이수증",
            "Certificate of Integrity Training",
            new String[][] {
              {"성명", c.employeeName()},
              {"직원번호", c.employeeNumber()},
              {"소속", c.unitName() == null ? "" : c.unitName()},
              {"교육연도", c.year() + "년"},
              {"이수 시간", hours + " (목표 " + target + ")"},
              {"내역", "온라인 " + split[0] + " · 집합 " + split[1] + " · 외부 " + split[2]}
            },
            new String[] {
              "위 사람은 " + c.year() + "년도 청렴교육을 " + hours + " 이수하여",
              "연간 이수 목표 " + target + "을 달성하였음을 증명합니다."
            },
            c.issuedOn().format(DateTimeFormatter.ofPattern("yyyy년 M월 d일", Locale.KOREAN)),
            "청렴나비 청렴교육 기록",
            "진위 확인: 아래 코드를 확인 페이지에 입력하거나 QR 코드를 스캔하십시오.");
      }
      return new Texts(
          "Certificate of Integrity Training",
          "청렴교육 이수증",
          new String[][] {
            {"Name", c.employeeName()},
            {"Employee no.", c.employeeNumber()},
            {"Unit", c.unitName() == null ? "" : c.unitName()},
            {"Training year", Integer.toString(c.year())},
            {"Hours completed", hours + " (target " + target + ")"},
            {
              "Made up of",
              "online " + split[0] + " · in person " + split[1] + " · external " + split[2]
            }
          },
          new String[] {
            "This certifies that the person named above completed " + hours,
            "of integrity training in "
                + c.year()
                + ", meeting the yearly target of "
                + target
                + "."
          },
          c.issuedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
          "Cheongnabi integrity training record",
          "To verify, enter the code below on the verification page or scan the QR code.");
    }
  }
}
