package kr.cheongnabi.report.control;

import java.io.Serializable;

/**
 * Which employees of a gap report to list, and in which order.
 *
 * @param unitId the unit whose people (with those of all its sub-units) are listed, or {@link
 *     StandingTree#WHOLE_ORGANISATION}
 * @param text a part of the name or the start of the employee number; blank for everyone
 * @param filter which of them
 */
public record GapQuery(
    int year, long unitId, String text, GapFilter filter, GapSort sort, boolean ascending)
    implements Serializable {

  public GapQuery {
    text = text == null ? "" : text.strip();
    filter = filter == null ? GapFilter.EVERYONE : filter;
    sort = sort == null ? GapSort.MISSING : sort;
  }

  /** Everyone of the unit who owes hours and has not met the target, most missing first. */
  public static GapQuery gapsOf(int year, long unitId) {
    return new GapQuery(year, unitId, "", GapFilter.GAPS, GapSort.MISSING, false);
  }

  /** Everyone of the unit, by employee number: the order of an export. */
  public static GapQuery everyoneOf(int year, long unitId) {
    return new GapQuery(year, unitId, "", GapFilter.EVERYONE, GapSort.NUMBER, true);
  }
}
