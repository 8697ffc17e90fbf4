package kr.cheongnabi.report.boundary;

import java.util.Comparator;
import java.util.List;
import kr.cheongnabi.report.control.UnitStanding;

/**
 * The bars of the completion chart: units where someone owes hours (the others would show a
 * meaningless 100 %), furthest behind first, then by code.
 */
public final class CompletionOrder {

  private CompletionOrder() {}

  public static List<UnitStanding> worstFirst(List<UnitStanding> units) {
    return units.stream()
        .filter(unit -> unit.owing() > 0)
        .sorted(
            Comparator.comparingDouble(UnitStanding::completionRate)
                .thenComparing(UnitStanding::code))
        .toList();
  }
}
