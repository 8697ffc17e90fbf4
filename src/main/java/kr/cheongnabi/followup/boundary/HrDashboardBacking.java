package kr.cheongnabi.followup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.cheongnabi.followup.control.AssignmentState;
import kr.cheongnabi.followup.control.FollowUpStates;
import kr.cheongnabi.report.boundary.CompletionOrder;
import kr.cheongnabi.report.boundary.ProgressChart;
import kr.cheongnabi.report.control.GapReport;
import kr.cheongnabi.report.control.MonthlyProgress;
import kr.cheongnabi.report.control.ReportYears;
import kr.cheongnabi.report.control.StandingTree;
import kr.cheongnabi.report.control.UnitStanding;

/**
 * hr/index.xhtml, HR's landing page: this year's figures for the whole organisation, overdue
 * follow-up training, and the two charts of the gap report.
 */
@Named
@RequestScoped
public class HrDashboardBacking {

  @Inject GapReport report;
  @Inject MonthlyProgress monthly;
  @Inject FollowUpStates followUps;
  @Inject ReportYears years;

  private int year;
  private UnitStanding total;
  private long overdue;
  private List<UnitStanding> worstFirst;
  private ProgressChart progress;

  public void load() {
    year = years.thisYear();
    var tree = report.tree(year);
    total = tree.total();
    overdue = followUps.countByState(year).get(AssignmentState.OVERDUE);
    worstFirst = CompletionOrder.worstFirst(tree.childrenOf(StandingTree.WHOLE_ORGANISATION));
    progress = ProgressChart.of(monthly.of(year, StandingTree.WHOLE_ORGANISATION, tree));
  }

  public int getYear() {
    return year;
  }

  public UnitStanding getTotal() {
    return total;
  }

  public long getOverdue() {
    return overdue;
  }

  public List<UnitStanding> getWorstFirst() {
    return worstFirst;
  }

  public ProgressChart getProgress() {
    return progress;
  }
}
