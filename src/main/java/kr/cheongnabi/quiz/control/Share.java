package kr.cheongnabi.quiz.control;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A part of a whole, e.g. 3 of 12 answers wrong or 9 of 12 attempts passed, as statistics show it.
 *
 * @param part how many of the whole
 * @param whole how many there are; 0 when nothing has been counted yet
 */
public record Share(int part, int whole) implements Serializable {

  /** Largest share first; empty shares, which say nothing yet, last. */
  public static final Comparator<Share> LARGEST_FIRST =
      Comparator.comparing(Share::isEmpty)
          .thenComparing((a, b) -> Long.compare((long) b.part * a.whole, (long) a.part * b.whole));

  public Share {
    if (whole < 0 || part < 0 || part > whole) {
      throw new IllegalArgumentException(part + " of " + whole + " is not a share");
    }
  }

  /** Nothing counted yet: there is no share to show, not a share of 0%. */
  public boolean isEmpty() {
    return whole == 0;
  }

  /**
   * Whole percent, rounded to the nearest, except that a share that is not nothing never shows as
   * 0% and one that is not all never shows as 100%: 1 of 300 wrong is not "nobody".
   *
   * @throws IllegalStateException when the share is empty
   */
  public int percent() {
    if (isEmpty()) {
      throw new IllegalStateException("no share of nothing");
    }
    int rounded = (int) ((part * 200L + whole) / (whole * 2L));
    if (part > 0 && rounded == 0) {
      return 1;
    }
    if (part < whole && rounded == 100) {
      return 99;
    }
    return rounded;
  }
}
