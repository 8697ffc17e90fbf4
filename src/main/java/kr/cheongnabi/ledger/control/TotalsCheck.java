package kr.cheongnabi.ledger.control;

import java.io.Serializable;
import java.util.List;

/**
 * The kept totals compared with the entries: the first disagreements found, and how many there are
 * in all.
 *
 * @param totals yearly totals that disagree, the largest difference first, at most a page of them
 * @param totalsDisagreeing how many yearly totals disagree in all
 * @param months monthly totals that disagree, in calendar order, at most a page of them
 * @param monthsDisagreeing how many monthly totals disagree in all
 */
public record TotalsCheck(
    List<TotalDisagreement> totals,
    long totalsDisagreeing,
    List<MonthDisagreement> months,
    long monthsDisagreeing)
    implements Serializable {

  public TotalsCheck {
    totals = List.copyOf(totals);
    months = List.copyOf(months);
  }

  public boolean agree() {
    return totalsDisagreeing == 0 && monthsDisagreeing == 0;
  }
}
