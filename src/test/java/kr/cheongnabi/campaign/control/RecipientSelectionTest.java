package kr.cheongnabi.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.cheongnabi.campaign.control.RecipientSelection.Member;
import org.junit.jupiter.api.Test;

class RecipientSelectionTest {

  // 1 the city hall; 2 its construction bureau under it; 3 a road team under the bureau; 4 welfare.
  private static final Map<Long, Long> PARENTS = Map.of(2L, 1L, 3L, 2L, 4L, 1L);
  private static final Map<Long, Set<String>> UNIT_AREAS = Map.of(2L, Set.of("construction"));

  private static final List<Member> STAFF =
      List.of(
          new Member(10, "도로팀원", "road@x.kr", 3, false, "ko", Set.of()),
          new Member(11, "복지 보조금", "grants@x.kr", 4, false, "en", Set.of("grants")),
          new Member(12, "복지팀원", "welfare@x.kr", 4, false, "ko", Set.of()),
          new Member(13, "시장", "mayor@x.kr", 1, true, "ko", Set.of()),
          new Member(14, "메일없음", null, 3, false, "ko", Set.of()));

  private static List<Long> reached(RecipientSelection selection) {
    return selection.select(STAFF, PARENTS, UNIT_AREAS).stream()
        .map(RecipientSelection.Reached::employeeId)
        .toList();
  }

  @Test
  void aUnitsDutyAreaReachesTheStaffOfItsSubUnits() {
    var reached =
        new RecipientSelection(Set.of("construction"), Set.of(), false)
            .select(STAFF, PARENTS, UNIT_AREAS);

    assertEquals(1, reached.size(), "the employee without an email is left out");
    assertEquals(10, reached.get(0).employeeId());
    assertEquals(Set.of("construction"), reached.get(0).areas());
  }

  @Test
  void ownAreasUnitsAndSeniorOfficialsEachReachTheirPeopleOnce() {
    assertEquals(List.of(11L), reached(new RecipientSelection(Set.of("grants"), Set.of(), false)));
    assertEquals(List.of(11L, 12L), reached(new RecipientSelection(Set.of(), Set.of(4L), false)));
    assertEquals(List.of(13L), reached(new RecipientSelection(Set.of(), Set.of(), true)));
    assertEquals(
        List.of(10L, 11L, 12L, 13L),
        reached(new RecipientSelection(Set.of("construction", "grants"), Set.of(1L), true)));
    assertEquals(List.of(), reached(new RecipientSelection(Set.of("personnel"), Set.of(), false)));
  }
}
