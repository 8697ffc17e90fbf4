package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.util.Locale;
import kr.cheongnabi.platform.boundary.Messages;

/**
 * Credited time as people read it. Minutes are kept exactly and shown exactly, as whole hours and
 * the minutes left over ("7시간 15분", "7 h 15 min"), never rounded: the parts shown on a page, a
 * certificate or an export always add up to the total shown beside them (75 + 360 + 0 minutes show
 * as 1 h 15 min, 6 h and 0 h, and their total as 7 h 15 min).
 *
 * <p>A spreadsheet gets the same figure in its own form: a duration cell formatted {@value
 * #SPREADSHEET_FORMAT} in XLSX, {@code 7:15} in CSV, both of which spreadsheets add up exactly.
 */
public record Hours(long minutes) implements Serializable {

  /** Excel's format of a duration of any number of hours: {@code 7:15}, {@code 1234:05}. */
  public static final String SPREADSHEET_FORMAT = "[h]:mm";

  private static final int MINUTES_PER_HOUR = 60;
  private static final int MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

  public static Hours of(long minutes) {
    return new Hours(minutes);
  }

  /** {@code 7시간 15분} / {@code 7 h 15 min}; {@code 5시간}, {@code 45분}, {@code 0시간}. */
  public String text(Locale locale) {
    var whole = Math.abs(minutes) / MINUTES_PER_HOUR;
    var rest = Math.abs(minutes) % MINUTES_PER_HOUR;
    String key;
    if (rest == 0) {
      key = "hours.whole";
    } else if (whole == 0) {
      key = "hours.minutesOnly";
    } else {
      key = "hours.hoursAndMinutes";
    }
    return (minutes < 0 ? "-" : "") + Messages.format(locale, key, whole, rest);
  }

  /** {@code 7:15}: the figure for a CSV cell, which spreadsheets read as a duration. */
  public String clock() {
    var whole = Math.abs(minutes) / MINUTES_PER_HOUR;
    var rest = Math.abs(minutes) % MINUTES_PER_HOUR;
    return String.format(Locale.ROOT, "%s%d:%02d", minutes < 0 ? "-" : "", whole, rest);
  }

  /** The same as a fraction of a day: the value of an XLSX cell of {@link #SPREADSHEET_FORMAT}. */
  public double days() {
    return (double) minutes / MINUTES_PER_DAY;
  }
}
