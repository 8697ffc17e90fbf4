package kr.cheongnabi.report.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * One line of the year-end summary for the national anti-corruption commission: a top-level unit
 * with all its sub-units, or the whole organisation. People are counted among those who owe hours;
 * minutes among everyone employed in the year. Online means modules and quizzes; corrections count
 * in the credited total but belong to no kind.
 *
 * @param name the unit's name; null for the whole organisation and for a unit's own figures
 */
public record CommissionRow(
    String code,
    Bilingual name,
    int owing,
    int trained,
    int metTarget,
    int belowFloor,
    long creditedMinutes,
    long onlineMinutes,
    long inPersonMinutes,
    long externalMinutes)
    implements Serializable {

  /** A line with no people and no minutes yet. */
  public static CommissionRow empty(String code, Bilingual name) {
    return new CommissionRow(code, name, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Online minutes as a per cent of online, in-person and external minutes, one decimal. */
  public BigDecimal onlineShare() {
    return share(onlineMinutes);
  }

  /** In-person minutes as a per cent of online, in-person and external minutes, one decimal. */
  public BigDecimal inPersonShare() {
    return share(inPersonMinutes);
  }

  private BigDecimal share(long minutes) {
    var kinds = onlineMinutes + inPersonMinutes + externalMinutes;
    if (kinds <= 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(minutes * 100)
        .divide(BigDecimal.valueOf(kinds), 1, RoundingMode.HALF_UP);
  }

  /** This line with the other's figures added; name and code stay. */
  CommissionRow plus(CommissionRow other) {
    return new CommissionRow(
        code,
        name,
        owing + other.owing,
        trained + other.trained,
        metTarget + other.metTarget,
        belowFloor + other.belowFloor,
        creditedMinutes + other.creditedMinutes,
        onlineMinutes + other.onlineMinutes,
        inPersonMinutes + other.inPersonMinutes,
        externalMinutes + other.externalMinutes);
  }
}
