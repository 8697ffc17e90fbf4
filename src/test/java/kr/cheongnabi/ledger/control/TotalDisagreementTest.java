package kr.cheongnabi.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import kr.cheongnabi.ledger.control.TotalDisagreement.Figure;
import kr.cheongnabi.ledger.entity.EntryKind;
import org.junit.jupiter.api.Test;

class TotalDisagreementTest {

  @Test
  void theFiguresAreTheTotalEachKindOfEntryInItsOrderAndTheEntries() {
    // TotalsVerification reads its columns in this order.
    var expected = new ArrayList<String>();
    expected.add("TOTAL");
    Arrays.stream(EntryKind.values()).forEach(kind -> expected.add(kind.name()));
    expected.add("ENTRIES");
    assertEquals(expected, Arrays.stream(Figure.values()).map(Figure::name).toList());
  }
}
