package kr.cheongnabi.report.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.ledger.control.Hours;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A unit's training figures of a year as an A4 PDF: its totals, a table of its direct sub-units and
 * a bar of each one's completion rate, both continued on further pages as needed. Korean is set in
 * Pretendard (resources/fonts), embedded as a subset, so the text can also be searched and copied.
 */
public final class SummaryDocument {

  private static final float WIDTH = PDRectangle.A4.getWidth();
  private static final float HEIGHT = PDRectangle.A4.getHeight();
  private static final float MARGIN = 50;
  private static final float ROW = 17;
  private static final float[] BRAND = {0.043f, 0.239f, 0.478f};
  private static final float NAME_WIDTH = 150;

  /** The right edges of the figures' columns of the table. */
  private static final float[] COLUMNS = {235, 280, 330, 372, 412, 475, WIDTH - MARGIN};

  private static final float BAR_WIDTH = WIDTH - 2 * MARGIN - NAME_WIDTH - 45;

  private final PDDocument document;
  private final PDFont regular;
  private final PDFont bold;
  private final Locale locale;
  private PDPageContentStream out;
  private float y;

  private SummaryDocument(PDDocument document, PDFont regular, PDFont bold, Locale locale) {
    this.document = document;
    this.regular = regular;
    this.bold = bold;
    this.locale = locale;
  }

  /**
   * @param unitId a unit of the tree or {@link StandingTree#WHOLE_ORGANISATION}
   * @param date the day it is made, printed on it
   */
  public static void write(
      StandingTree tree, long unitId, int year, LocalDate date, Locale locale, OutputStream out) {
    var unit = tree.of(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
    try (var document = new PDDocument()) {
      var summary =
          new SummaryDocument(
              document, PdfFonts.regular(document), PdfFonts.bold(document), locale);
      var unitName =
          unitId == StandingTree.WHOLE_ORGANISATION
              ? summary.text("export.summary.wholeOrganisation")
              : unit.name().in(locale) + " (" + unit.code() + ")";
      summary.render(unit, unitName, tree.childrenOf(unitId), year, date);
      var info = document.getDocumentInformation();
      info.setTitle(summary.text("export.summary.title") + " " + year + " – " + unitName);
      info.setAuthor("Cheongnabi");
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the summary could not be written", e);
    }
  }

  private void render(
      UnitStanding unit, String unitName, List<UnitStanding> subUnits, int year, LocalDate date)
      throws IOException {
    newPage();
    out.setNonStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
    show(bold, 20, MARGIN, y, text("export.summary.title"));
    out.setNonStrokingColor(0f, 0f, 0f);
    y -= 30;
    for (var fact :
        List.of(
            text("export.summary.year") + ": " + year,
            text("export.summary.unit") + ": " + unitName,
            text("export.summary.date") + ": " + date)) {
      show(regular, 11, MARGIN, y, fact);
      y -= 16;
    }
    heading(text("export.summary.totals"));
    var totals =
        List.of(
            new String[] {text("export.summary.owing"), people(unit.owing())},
            new String[] {text("export.summary.metTarget"), people(unit.metTarget())},
            new String[] {text("export.summary.floorOnly"), people(unit.floorOnly())},
            new String[] {text("export.summary.belowFloor"), people(unit.belowFloor())},
            new String[] {text("export.summary.rate"), unit.completionPercent() + "%"},
            new String[] {text("export.summary.credited"), hours(unit.creditedMinutes())},
            new String[] {text("export.summary.missing"), hours(unit.missingMinutes())});
    for (var line : totals) {
      show(regular, 11, MARGIN + 10, y, line[0]);
      show(bold, 11, MARGIN + 170, y, line[1]);
      y -= ROW;
    }
    heading(text("export.summary.subUnits"));
    if (subUnits.isEmpty()) {
      show(regular, 11, MARGIN + 10, y, text("export.summary.noSubUnits"));
      y -= ROW;
    } else {
      table(subUnits);
      heading(text("export.summary.chart"));
      bars(subUnits);
    }
    out.close();
  }

  private void table(List<UnitStanding> subUnits) throws IOException {
    tableHeader();
    for (var sub : subUnits) {
      if (roomFor(1)) {
        tableHeader();
      }
      show(regular, 9, MARGIN, y, fit(regular, 9, sub.name().in(locale), NAME_WIDTH - 5));
      var figures =
          new String[] {
            Integer.toString(sub.owing()),
            Integer.toString(sub.metTarget()),
            Integer.toString(sub.floorOnly()),
            Integer.toString(sub.belowFloor()),
            sub.completionPercent() + "%",
            hours(sub.creditedMinutes()),
            hours(sub.missingMinutes())
          };
      for (var i = 0; i < figures.length; i++) {
        right(regular, 9, COLUMNS[i], y, figures[i]);
      }
      y -= ROW;
    }
  }

  private void tableHeader() throws IOException {
    show(bold, 9, MARGIN, y, text("export.summary.column.unit"));
    var keys = new String[] {"owing", "met", "floorOnly", "below", "rate", "credited", "missing"};
    for (var i = 0; i < keys.length; i++) {
      right(bold, 9, COLUMNS[i], y, text("export.summary.column." + keys[i]));
    }
    out.setStrokingColor(0.6f, 0.6f, 0.6f);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y - 5);
    out.lineTo(WIDTH - MARGIN, y - 5);
    out.stroke();
    y -= ROW + 2;
  }

  private void bars(List<UnitStanding> subUnits) throws IOException {
    for (var sub : subUnits) {
      roomFor(1);
      show(regular, 9, MARGIN, y, fit(regular, 9, sub.name().in(locale), NAME_WIDTH - 5));
      var x = MARGIN + NAME_WIDTH;
      out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
      out.addRect(x, y - 3, BAR_WIDTH, 11);
      out.fill();
      out.setNonStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
      out.addRect(x, y - 3, BAR_WIDTH * sub.completionPercent() / 100f, 11);
      out.fill();
      out.setNonStrokingColor(0f, 0f, 0f);
      show(regular, 9, x + BAR_WIDTH + 6, y, sub.completionPercent() + "%");
      y -= ROW;
    }
  }

  private void heading(String title) throws IOException {
    y -= 14;
    roomFor(3);
    show(bold, 13, MARGIN, y, title);
    y -= ROW + 5;
  }

  /** Starts a new page when fewer than the given rows fit; tells whether it did. */
  private boolean roomFor(int rows) throws IOException {
    if (y - rows * ROW >= MARGIN) {
      return false;
    }
    out.close();
    newPage();
    return true;
  }

  private void newPage() throws IOException {
    var page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = HEIGHT - MARGIN - 10;
  }

  private void show(PDFont font, float size, float x, float atY, String s) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, atY);
    out.showText(s);
    out.endText();
  }

  private void right(PDFont font, float size, float x, float atY, String s) throws IOException {
    show(font, size, x - font.getStringWidth(s) / 1000 * size, atY, s);
  }

  /** The text, shortened with an ellipsis to fit the width. */
  private static String fit(PDFont font, float size, String s, float width) throws IOException {
    if (font.getStringWidth(s) / 1000 * size <= width) {
      return s;
    }
    var shortened = s;
    while (!shortened.isEmpty() && font.getStringWidth(shortened + "…") / 1000 * size > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened + "…";
  }

  private String text(String key) {
    return Messages.format(locale, key);
  }

  private String people(int count) {
    return Messages.format(locale, "export.summary.people", Integer.toString(count));
  }

  private String hours(long minutes) {
    return Hours.of(minutes).text(locale);
  }
}
