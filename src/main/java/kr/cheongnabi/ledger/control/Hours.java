package kr.cheongnabi.ledger.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes are kept exactly and shown as hours with one decimal: 210 minutes are 3.5 hours. */
public final class Hours {

  private Hours() {}

  /** {@code 3.5}, {@code 5.0}, {@code -0.5}: rounded half up to one decimal. */
  public static String of(int minutes) {
    return decimal(minutes).toPlainString();
  }

  /** The same as a number, for a spreadsheet cell. */
  public static BigDecimal decimal(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }
}
