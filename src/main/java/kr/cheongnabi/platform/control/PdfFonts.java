package kr.cheongnabi.platform.control;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The application's PDF fonts (Pretendard, bundled in {@code resources/fonts}), loaded into a
 * document as subsets, so that Korean is set and the text can be searched: certificates, the
 * training summary and the survey results use the same two.
 */
public final class PdfFonts {

  private PdfFonts() {}

  public static PDFont regular(PDDocument document) throws IOException {
    return load(document, "Pretendard-Regular.ttf");
  }

  public static PDFont bold(PDDocument document) throws IOException {
    return load(document, "Pretendard-Bold.ttf");
  }

  private static PDFont load(PDDocument document, String name) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the font " + name + " is missing from the application");
      }
      return PDType0Font.load(document, in);
    }
  }
}
