package kr.cheongnabi.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.survey.control.PageFlow.Block;
import kr.cheongnabi.survey.control.PageFlow.Placed;
import org.junit.jupiter.api.Test;

/** Page breaks: rows stay whole, headings go with what follows, a table's header comes again. */
class PageFlowTest {

  private static Block<String> block(String name, float height) {
    return new Block<>(name, height, false, null);
  }

  private static Block<String> heading(String name, float height) {
    return new Block<>(name, height, true, null);
  }

  /** A table: its header (kept with the first row) and rows that repeat it on a new page. */
  private static List<Block<String>> table(String name, int rows, float rowHeight) {
    var header = new Block<>(name + " header", 20, true, null);
    List<Block<String>> blocks = new ArrayList<>();
    blocks.add(header);
    for (int i = 1; i <= rows; i++) {
      blocks.add(new Block<>(name + " row " + i, rowHeight, false, header));
    }
    return blocks;
  }

  private static String where(List<Placed<String>> plan) {
    var s = new StringBuilder();
    for (var p : plan) {
      s.append(p.page()).append('@').append((int) p.top()).append(' ').append(p.block().content());
      s.append(p.repeated() ? " (again)" : "").append('\n');
    }
    return s.toString();
  }

  @Test
  void blocksThatFitStackDownOnePage() {
    var plan = PageFlow.plan(List.of(block("a", 100), block("b", 50), block("c", 150)), 300);
    assertEquals("0@0 a\n0@100 b\n0@150 c\n", where(plan));
    assertEquals(1, PageFlow.pages(plan));
  }

  @Test
  void aRowThatWouldBeCutMovesWholeToTheNextPageUnderTheTablesHeaderAgain() {
    List<Block<String>> blocks = new ArrayList<>();
    blocks.add(block("title", 200));
    blocks.addAll(table("units", 5, 20));
    // 200 + header 20 + four rows of 20 = 300 fill the page; the fifth row does not fit.
    var plan = PageFlow.plan(blocks, 300);
    assertEquals(
        "0@0 title\n0@200 units header\n0@220 units row 1\n0@240 units row 2\n"
            + "0@260 units row 3\n0@280 units row 4\n"
            + "1@0 units header (again)\n1@20 units row 5\n",
        where(plan));
    assertEquals(2, PageFlow.pages(plan));
    for (var p : plan) {
      assertTrue(p.top() + p.block().height() <= 300, "no block runs past the page: " + p);
    }
  }

  @Test
  void aHeadingAtTheFootOfAPageGoesWithTheTableItIntroduces() {
    List<Block<String>> blocks = new ArrayList<>();
    blocks.add(block("facts", 250));
    blocks.add(heading("Units", 30));
    blocks.addAll(table("units", 2, 20));
    // The heading fits (250 + 30 = 280), but not with the header and the first row after it.
    var plan = PageFlow.plan(blocks, 300);
    assertEquals(
        "0@0 facts\n1@0 Units\n1@30 units header\n1@50 units row 1\n1@70 units row 2\n",
        where(plan));
    assertFalse(plan.stream().anyMatch(Placed::repeated), "the header starts the page anyway");
  }

  @Test
  void aBlockTallerThanAPageGetsAPageOfItsOwn() {
    var plan = PageFlow.plan(List.of(block("a", 100), block("huge", 400), block("b", 10)), 300);
    assertEquals("0@0 a\n1@0 huge\n2@0 b\n", where(plan));
    assertEquals(3, PageFlow.pages(plan));
  }

  @Test
  void everyRowOfALongTableIsOnExactlyOnePageWithTheHeaderAtTheTopOfEachPage() {
    var blocks = table("t", 100, 17);
    var plan = PageFlow.plan(blocks, 300);
    // (300 − 20) / 17 = 16 rows a page: 100 rows on 7 pages.
    assertEquals(7, PageFlow.pages(plan));
    for (int page = 0; page < 7; page++) {
      int p = page;
      var first = plan.stream().filter(x -> x.page() == p).findFirst().orElseThrow();
      assertSame(blocks.get(0), first.block(), "page " + page + " starts with the header");
      assertEquals(0, first.top());
    }
    assertEquals(100, plan.stream().filter(x -> x.block().header() != null).count());
    assertEquals(6, plan.stream().filter(Placed::repeated).count());
  }

  @Test
  void nothingGivesOnePage() {
    assertEquals(1, PageFlow.pages(PageFlow.plan(List.<Block<String>>of(), 300)));
    assertThrows(IllegalArgumentException.class, () -> block("negative", -1));
  }
}
