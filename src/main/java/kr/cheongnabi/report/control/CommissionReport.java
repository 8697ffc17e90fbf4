package kr.cheongnabi.report.control;

import java.io.Serializable;
import java.util.List;

/** The year-end summary: one line per top-level unit, in code order, and the total line. */
public record CommissionReport(int year, List<CommissionRow> units, CommissionRow total)
    implements Serializable {

  public CommissionReport {
    units = List.copyOf(units);
  }
}
