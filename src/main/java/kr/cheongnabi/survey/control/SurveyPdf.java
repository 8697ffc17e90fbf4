package kr.cheongnabi.survey.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.PdfFonts;
import kr.cheongnabi.survey.control.PageFlow.Block;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * An A4 document of the survey results, written block by block (a title, facts, headings, tables,
 * charts) and laid out on pages by {@link PageFlow}, so that no table row or chart is cut and a
 * table's header is repeated on every page it runs on; each page ends with the document's name and
 * "page n of m". Korean is set in Pretendard (the font the certificates use, in resources/fonts),
 * embedded as a subset, so the text can be searched and copied. Texts come from the message bundles
 * in the reader's language.
 */
final class SurveyPdf implements AutoCloseable {

  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float MARGIN = 50;
  static final float TEXT_WIDTH = WIDTH - 2 * MARGIN;
  static final float[] BRAND = {0.043f, 0.239f, 0.478f};
  static final float[] LAST_YEAR = {0.53f, 0.57f, 0.62f};
  static final float[] TRACK = {0.91f, 0.92f, 0.94f};
  private static final float[] RULE = {0.6f, 0.6f, 0.6f};
  private static final float FOOTER = 28;
  private static final float TEXT_HEIGHT = HEIGHT - 2 * MARGIN - FOOTER;
  static final float SIZE = 9;
  static final float LEADING = 12;

  /** Draws a block whose top edge is at {@code top} (PDF units from the page's foot). */
  @FunctionalInterface
  interface Drawing {
    void draw(PDPageContentStream out, float top) throws IOException;
  }

  /** A column of a table: its header, its width, and whether its figures align right. */
  record Column(String header, float width, boolean right) {}

  private final PDDocument document = new PDDocument();
  private final List<Block<Drawing>> blocks = new ArrayList<>();
  final PDFont regular;
  final PDFont bold;
  final Locale locale;

  SurveyPdf(Locale locale) {
    this.locale = locale;
    try {
      regular = PdfFonts.regular(document);
      bold = PdfFonts.bold(document);
    } catch (IOException e) {
      throw new UncheckedIOException("the fonts could not be read", e);
    }
  }

  String text(String key, Object... arguments) {
    return Messages.format(locale, key, arguments);
  }

  /** The document's title, large, and a line under it. */
  void title(String title, String subtitle) {
    List<String> lines = wrap(bold, 18, title, TEXT_WIDTH);
    float height = lines.size() * 24 + (subtitle == null ? 6 : 22);
    add(
        height,
        false,
        (out, top) -> {
          out.setNonStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
          float y = top - 18;
          for (String line : lines) {
            show(out, bold, 18, MARGIN, y, line);
            y -= 24;
          }
          out.setNonStrokingColor(0f, 0f, 0f);
          if (subtitle != null) {
            show(out, regular, 11, MARGIN, y + 6, subtitle);
          }
        });
  }

  /** Label–value lines, the value in bold beside the label. */
  void facts(List<String[]> facts) {
    float labelWidth = 0;
    for (String[] fact : facts) {
      labelWidth = Math.max(labelWidth, width(regular, 10, fact[0]));
    }
    float valueX = MARGIN + Math.min(labelWidth + 12, 190);
    for (String[] fact : facts) {
      List<String> value = wrap(bold, 10, fact[1], MARGIN + TEXT_WIDTH - valueX);
      add(
          value.size() * 14 + 2,
          false,
          (out, top) -> {
            show(out, regular, 10, MARGIN, top - 10, fact[0]);
            float y = top - 10;
            for (String line : value) {
              show(out, bold, 10, valueX, y, line);
              y -= 14;
            }
          });
    }
  }

  /** A section's heading: it stays on the page of what follows it. */
  void heading(String heading) {
    add(
        30,
        true,
        (out, top) -> {
          out.setNonStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
          show(out, bold, 13, MARGIN, top - 22, heading);
          out.setNonStrokingColor(0f, 0f, 0f);
        });
  }

  /** Running text, wrapped to the width; each line a block, so it may continue on the next page. */
  void paragraph(String text) {
    for (String line : wrap(regular, SIZE, text, TEXT_WIDTH)) {
      add(LEADING, false, (out, top) -> show(out, regular, SIZE, MARGIN, top - SIZE, line));
    }
    add(6, false, (out, top) -> {});
  }

  /**
   * A table: the header in bold over a rule, repeated on each page the rows run on; a cell's text
   * wraps within its column. A row never breaks across pages.
   *
   * @param strong the rows to set in bold (a total)
   */
  void table(List<Column> columns, List<List<String>> rows, Set<Integer> strong) {
    List<List<String>> headers =
        wrapped(bold, columns, columns.stream().map(Column::header).toList());
    float headerHeight = lines(headers) * LEADING + 8;
    Drawing headerCells = cells(bold, columns, headers);
    Block<Drawing> header =
        new Block<>(
            (out, top) -> {
              headerCells.draw(out, top);
              rule(out, top - headerHeight + 3);
            },
            headerHeight,
            true,
            null);
    blocks.add(header);
    for (int r = 0; r < rows.size(); r++) {
      PDFont font = strong.contains(r) ? bold : regular;
      List<List<String>> cells = wrapped(font, columns, rows.get(r));
      blocks.add(
          new Block<>(cells(font, columns, cells), lines(cells) * LEADING + 5, false, header));
    }
    add(8, false, (out, top) -> {});
  }

  /** Each cell's text in lines that fit its column; a dash for none. */
  private static List<List<String>> wrapped(
      PDFont font, List<Column> columns, List<String> values) {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      String value = values.get(c);
      cells.add(wrap(font, SIZE, value == null ? "–" : value, columns.get(c).width() - 6));
    }
    return cells;
  }

  private static int lines(List<List<String>> cells) {
    return cells.stream().mapToInt(List::size).max().orElse(1);
  }

  /** A table's row of cells, each one's lines from the top of its column. */
  private Drawing cells(PDFont font, List<Column> columns, List<List<String>> cells) {
    return (out, top) -> {
      float x = MARGIN;
      for (int c = 0; c < columns.size(); c++) {
        float y = top - SIZE - 2;
        for (String line : cells.get(c)) {
          cell(out, font, columns.get(c), x, y, line);
          y -= LEADING;
        }
        x += columns.get(c).width();
      }
    };
  }

  /** A block drawn by the caller, kept whole on one page. */
  void add(float height, boolean keepWithNext, Drawing drawing) {
    blocks.add(new Block<>(drawing, height, keepWithNext, null));
  }

  /** Lays the blocks out on pages, draws them and the pages' feet, and writes the document. */
  void write(String documentTitle, String footer, OutputStream out) {
    try {
      var plan = PageFlow.plan(blocks, TEXT_HEIGHT);
      int pages = PageFlow.pages(plan);
      List<PDPageContentStream> streams = new ArrayList<>();
      try {
        for (int p = 0; p < pages; p++) {
          var page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          var stream = new PDPageContentStream(document, page);
          streams.add(stream);
          foot(stream, footer, p + 1, pages);
        }
        for (var placed : plan) {
          placed.block().content().draw(streams.get(placed.page()), HEIGHT - MARGIN - placed.top());
        }
      } finally {
        for (var stream : streams) {
          stream.close();
        }
      }
      var info = document.getDocumentInformation();
      info.setTitle(documentTitle);
      info.setAuthor("Cheongnabi");
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the document could not be written", e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void foot(PDPageContentStream out, String footer, int page, int pages)
      throws IOException {
    float y = MARGIN - 6;
    out.setStrokingColor(RULE[0], RULE[1], RULE[2]);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y + 12);
    out.lineTo(WIDTH - MARGIN, y + 12);
    out.stroke();
    out.setNonStrokingColor(0.35f, 0.35f, 0.35f);
    String number = text("survey.pdf.page", page, pages);
    show(out, regular, 8, MARGIN, y, fit(regular, 8, footer, TEXT_WIDTH - 80));
    show(out, regular, 8, WIDTH - MARGIN - width(regular, 8, number), y, number);
    out.setNonStrokingColor(0f, 0f, 0f);
  }

  private void cell(PDPageContentStream out, PDFont font, Column column, float x, float y, String s)
      throws IOException {
    if (column.right()) {
      show(out, font, SIZE, x + column.width() - 4 - width(font, SIZE, s), y, s);
    } else {
      show(out, font, SIZE, x + 2, y, s);
    }
  }

  private static void rule(PDPageContentStream out, float y) throws IOException {
    out.setStrokingColor(RULE[0], RULE[1], RULE[2]);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y);
    out.lineTo(WIDTH - MARGIN, y);
    out.stroke();
  }

  static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  static void box(PDPageContentStream out, float[] colour, float x, float y, float w, float h)
      throws IOException {
    out.setNonStrokingColor(colour[0], colour[1], colour[2]);
    out.addRect(x, y, w, h);
    out.fill();
    out.setNonStrokingColor(0f, 0f, 0f);
  }

  static float width(PDFont font, float size, String s) {
    try {
      return font.getStringWidth(s) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fit(PDFont font, float size, String s, float width) {
    if (width(font, size, s) <= width) {
      return s;
    }
    String shortened = s;
    while (!shortened.isEmpty() && width(font, size, shortened + "…") > width) {
      shortened = shortened.substring(0, shortened.length() - 1);
    }
    return shortened + "…";
  }

  /**
   * The text in lines that fit the width, broken between words, and inside a word only where one
   * word alone is wider (a long Korean compound, an address).
   */
  static List<String> wrap(PDFont font, float size, String text, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String tried = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, tried) <= width) {
        line.setLength(0);
        line.append(tried);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(font, size, rest) > width && rest.length() > 1) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
