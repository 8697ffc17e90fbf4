package kr.cheongnabi.survey.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the blocks of a document fall on its pages, top to bottom: a block is never cut (a table's
 * row, a chart, a question with its answers stays whole on one page), a block that keeps with the
 * next (a heading, a table's header) moves to the next page with it, and a table's row that starts
 * a page has the table's header repeated above it. A block taller than a page gets a page of its
 * own and runs off its foot; the documents keep their blocks far smaller.
 */
public final class PageFlow {

  /**
   * Something of a known height, with what it shows.
   *
   * @param keepWithNext whether it goes to the page of the block after it
   * @param header the block repeated above it when it starts a page (a table's header), or null
   */
  public record Block<T>(T content, float height, boolean keepWithNext, Block<T> header) {

    public Block {
      if (!(height >= 0)) {
        throw new IllegalArgumentException("a block's height is at least 0, not " + height);
      }
    }
  }

  /**
   * A block on a page (0 for the first), {@code top} below the top of the page's text area.
   *
   * @param repeated whether this is a table's header repeated above a row
   */
  public record Placed<T>(Block<T> block, int page, float top, boolean repeated) {}

  private PageFlow() {}

  /** The blocks on pages whose text area is {@code pageHeight} high, in order. */
  public static <T> List<Placed<T>> plan(List<Block<T>> blocks, float pageHeight) {
    List<Placed<T>> placed = new ArrayList<>();
    int page = 0;
    float used = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block<T> block = blocks.get(i);
      if (used > 0 && used + together(blocks, i) > pageHeight) {
        page++;
        used = 0;
        if (block.header() != null) {
          placed.add(new Placed<>(block.header(), page, 0, true));
          used = block.header().height();
        }
      }
      placed.add(new Placed<>(block, page, used, false));
      used += block.height();
    }
    return placed;
  }

  /** How many pages the plan takes: at least one. */
  public static int pages(List<? extends Placed<?>> plan) {
    return plan.isEmpty() ? 1 : plan.get(plan.size() - 1).page() + 1;
  }

  /** The height of the block and of those it keeps with, which must share its page. */
  private static float together(List<? extends Block<?>> blocks, int from) {
    float height = blocks.get(from).height();
    for (int i = from; blocks.get(i).keepWithNext() && i + 1 < blocks.size(); i++) {
      height += blocks.get(i + 1).height();
    }
    return height;
  }
}
