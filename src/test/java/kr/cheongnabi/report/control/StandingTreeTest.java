package kr.cheongnabi.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class StandingTreeTest {

  private static UnitStanding unit(long id, Long parent, String code, int owing, int met) {
    return new UnitStanding(
        id,
        parent,
        code,
        new Bilingual(code, code),
        0,
        owing + 1,
        owing,
        met,
        0,
        owing - met,
        0,
        owing * 300L,
        met * 300L,
        (owing - met) * 300L);
  }

  private final StandingTree tree =
      StandingTree.of(
          List.of(
              unit(3, 1L, "A-2", 4, 1),
              unit(1, null, "A", 2, 2),
              unit(2, 1L, "A-1", 3, 0),
              unit(4, 2L, "A-1-1", 1, 1),
              unit(5, null, "B", 5, 5)));

  @Test
  void aUnitCountsItsOwnPeopleAndThoseOfEverySubUnit() {
    var a = tree.of(1).orElseThrow();
    assertEquals(2 + 3 + 4 + 1, a.owing());
    assertEquals(2 + 0 + 1 + 1, a.metTarget());
    assertEquals(3 + 1, tree.of(2).orElseThrow().owing());
    assertEquals(40, a.completionPercent());
  }

  @Test
  void theWholeOrganisationIsTheSumOfTheTopLevelUnits() {
    var total = tree.total();
    assertEquals(15, total.owing());
    assertEquals(9, total.metTarget());
    assertEquals(15 + 5, total.people());
  }

  @Test
  void unitsComeParentsFirstAndSubUnitsByCode() {
    assertEquals(
        List.of("A", "A-1", "A-1-1", "A-2", "B"),
        tree.all().stream().map(UnitStanding::code).toList());
    assertEquals(List.of(0, 1, 2, 1, 0), tree.all().stream().map(UnitStanding::depth).toList());
    assertEquals(
        List.of("A-1", "A-2"), tree.childrenOf(1).stream().map(UnitStanding::code).toList());
  }

  @Test
  void aSubtreeHoldsTheUnitAndEveryUnitBelowIt() {
    assertEquals(List.of(2L, 4L), tree.subtreeOf(2));
    assertEquals(5, tree.subtreeOf(StandingTree.WHOLE_ORGANISATION).size());
    assertEquals(List.of(), tree.subtreeOf(99));
  }

  @Test
  void nobodyOwingCountsAsComplete() {
    assertEquals(100, unit(9, null, "Z", 0, 0).completionPercent());
  }
}
