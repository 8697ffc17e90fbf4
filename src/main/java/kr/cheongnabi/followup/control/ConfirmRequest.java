package kr.cheongnabi.followup.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.report.control.EmployeeGap;
import kr.cheongnabi.report.control.GapFilter;
import kr.cheongnabi.report.control.GapQuery;
import kr.cheongnabi.report.control.GapSort;

/**
 * What HR confirms: the people (those chosen, or everyone with a gap in the unit), the due date,
 * and the items HR dropped from proposals.
 *
 * @param chosen the people chosen; ignored when {@code everyone}
 * @param dropped item keys taken out, by employee id
 */
public record ConfirmRequest(
    int year,
    long unitId,
    LocalDate dueDate,
    boolean everyone,
    List<EmployeeGap> chosen,
    Map<Long, Set<String>> dropped)
    implements Serializable {

  public ConfirmRequest {
    chosen = List.copyOf(chosen);
    dropped = Map.copyOf(dropped);
  }

  public GapQuery query() {
    return new GapQuery(year, unitId, "", GapFilter.GAPS, GapSort.NUMBER, true);
  }
}
