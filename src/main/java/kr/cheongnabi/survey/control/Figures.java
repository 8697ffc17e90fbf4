package kr.cheongnabi.survey.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Figures as the results show and report them: points and shares in per cent with one decimal, half
 * up (83.15 → 83.2); a change as the difference of the two figures shown, so that it adds up on
 * paper (83.2 − 82.1 = +1.1).
 */
public final class Figures {

  private Figures() {}

  /** {@code part} of {@code whole} in per cent, one decimal, half up; 0 when the whole is 0. */
  public static double percent(long part, long whole) {
    return whole == 0
        ? 0
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .doubleValue();
  }

  /** One decimal, half up; null for no figure (NaN). */
  public static BigDecimal oneDecimal(double value) {
    return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  /** {@code now − before}, or null when either is missing. */
  public static BigDecimal change(BigDecimal now, BigDecimal before) {
    return now == null || before == null ? null : now.subtract(before);
  }

  /** {@code now − before}, or null when either is missing. */
  public static Long change(Long now, Long before) {
    return now == null || before == null ? null : now - before;
  }

  /** A change with its sign: {@code +1.1}, {@code -9.2}, {@code 0.0}; a dash for none. */
  public static String signed(BigDecimal change) {
    if (change == null) {
      return "–";
    }
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }

  /** A change in whole numbers with its sign: {@code +120}, {@code -3}, {@code 0}. */
  public static String signed(Long change) {
    if (change == null) {
      return "–";
    }
    return (change > 0 ? "+" : "") + count(change);
  }

  /** A whole number with thousands separated: {@code 3,884}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A figure with one decimal as text, a dash for none. */
  public static String shown(BigDecimal figure) {
    return figure == null ? "–" : figure.toPlainString();
  }
}
