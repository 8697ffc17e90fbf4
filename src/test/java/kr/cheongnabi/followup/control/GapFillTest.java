package kr.cheongnabi.followup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kr.cheongnabi.platform.entity.Bilingual;
import org.junit.jupiter.api.Test;

class GapFillTest {

  private static final Instant NEXT_WEEK = Instant.parse("2030-05-10T01:00:00Z");

  private static FollowUpItem module(long id, int minutes) {
    return FollowUpItem.module(id, "m" + id, new Bilingual("과정 " + id, "Module " + id), minutes);
  }

  private static FollowUpItem session(long id, int minutes, boolean faceToFace) {
    return FollowUpItem.session(
        id, new Bilingual("교육 " + id, "Session " + id), minutes, faceToFace, NEXT_WEEK);
  }

  private static List<String> keys(Proposal proposal) {
    return proposal.items().stream().map(FollowUpItem::itemKey).toList();
  }

  @Test
  void modulesThatAddUpToExactlyTheMissingTimeAreChosenOverALongerOne() {
    var proposal =
        GapFill.propose(90, false, List.of(module(1, 120), module(2, 60), module(3, 30)));

    assertEquals(List.of("module:2", "module:3"), keys(proposal));
    assertEquals(90, proposal.minutes());
    assertEquals(0, proposal.excess());
    assertTrue(proposal.covers());
  }

  @Test
  void withoutAnExactCoverTheLeastExcessWinsAndThenTheFewestItems() {
    var candidates = List.of(module(1, 50), module(2, 50), module(3, 50), module(4, 100));

    var proposal = GapFill.propose(130, false, candidates);

    assertEquals(150, proposal.minutes(), "150 is the smallest sum of at least 130");
    assertEquals(List.of("module:1", "module:4"), keys(proposal), "two items rather than three");
    assertEquals(20, proposal.excess());
  }

  @Test
  void someoneWhoNeedsAFaceToFaceSessionGetsOneEvenWhenModulesWouldCoverWithLessExcess() {
    var candidates = List.of(module(1, 60), session(7, 120, false), session(8, 90, true));

    var proposal = GapFill.propose(60, true, candidates);

    assertEquals(List.of("session:8"), keys(proposal));
    assertTrue(proposal.faceToFaceIncluded());
    assertTrue(proposal.covers());
    assertEquals(30, proposal.excess());
  }

  @Test
  void aFaceToFaceSessionIsAddedToModulesWhenItAloneDoesNotCoverTheGap() {
    var candidates = List.of(module(1, 60), module(2, 120), session(8, 90, true));

    var proposal = GapFill.propose(200, true, candidates);

    assertEquals(List.of("module:2", "session:8"), keys(proposal));
    assertEquals(210, proposal.minutes());
    assertTrue(proposal.covers());
  }

  @Test
  void aPersonWhoOnlyNeedsTheFaceToFaceSessionGetsTheShortestOne() {
    var proposal =
        GapFill.propose(
            0, true, List.of(module(1, 30), session(8, 120, true), session(9, 60, true)));

    assertEquals(List.of("session:9"), keys(proposal));
  }

  @Test
  void whenNoFaceToFaceSessionIsOfferedTheTimeIsStillCoveredButTheProposalDoesNotCover() {
    var proposal = GapFill.propose(60, true, List.of(module(1, 60)));

    assertEquals(List.of("module:1"), keys(proposal));
    assertFalse(proposal.faceToFaceOffered());
    assertFalse(proposal.covers(), "the face-to-face session is still missing");
    assertEquals(0, proposal.shortfall());
  }

  @Test
  void nothingAvailableProposesNothingAndDoesNotCover() {
    var proposal = GapFill.propose(120, false, List.of());

    assertTrue(proposal.items().isEmpty());
    assertFalse(proposal.covers());
    assertEquals(120, proposal.shortfall());
  }

  @Test
  void whenEverythingTogetherFallsShortEverythingIsProposedAsAPartialCover() {
    var proposal = GapFill.propose(300, false, List.of(module(1, 60), session(2, 90, false)));

    assertEquals(List.of("module:1", "session:2"), keys(proposal));
    assertFalse(proposal.covers());
    assertEquals(150, proposal.shortfall());
  }

  @Test
  void nobodyWithoutAGapGetsAnything() {
    var proposal = GapFill.propose(0, false, List.of(module(1, 60)));

    assertTrue(proposal.items().isEmpty());
    assertTrue(proposal.covers());
  }

  @Test
  void droppingAnItemLeavesTheRestAndMayLeaveTheGapUncovered() {
    var proposal = GapFill.propose(90, false, List.of(module(2, 60), module(3, 30)));

    var dropped = proposal.without("module:3");

    assertEquals(List.of("module:2"), keys(dropped));
    assertFalse(dropped.covers());
    assertEquals(30, dropped.shortfall());
  }

  @Test
  void theSameCandidatesAlwaysGiveTheSameProposal() {
    var candidates = List.of(module(1, 30), module(2, 30), module(3, 30), module(4, 30));

    assertEquals(GapFill.propose(60, false, candidates), GapFill.propose(60, false, candidates));
    assertEquals(List.of("module:1", "module:2"), keys(GapFill.propose(60, false, candidates)));
  }
}
