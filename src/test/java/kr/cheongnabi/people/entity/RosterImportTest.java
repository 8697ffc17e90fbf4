package kr.cheongnabi.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import kr.cheongnabi.people.entity.RosterImport.State;
import org.junit.jupiter.api.Test;

class RosterImportTest {

  private static final Instant STARTED = Instant.parse("2025-03-04T09:00:00Z");
  private static final Instant FINISHED = Instant.parse("2025-03-04T09:00:07Z");

  private static RosterImport started() {
    return new RosterImport("roster.csv", "hr.officer", STARTED);
  }

  @Test
  void newImportIsValidatingAtFivePercent() {
    var rosterImport = started();

    assertEquals(State.VALIDATING, rosterImport.getState());
    assertFalse(rosterImport.getState().isFinished());
    assertEquals(5, rosterImport.percent());
    assertNull(rosterImport.getFinishedAt());
  }

  @Test
  void validatedImportStartsImportingAtTenPercent() {
    var rosterImport = started();

    rosterImport.validated("UTF-8", 200);

    assertEquals(State.IMPORTING, rosterImport.getState());
    assertEquals("UTF-8", rosterImport.getCharsetName());
    assertEquals(200, rosterImport.getTotalRows());
    assertEquals(10, rosterImport.percent());
  }

  @Test
  void percentGrowsWithTheRowsWritten() {
    var rosterImport = started();
    rosterImport.validated("UTF-8", 200);

    rosterImport.progressed(100);
    assertEquals(55, rosterImport.percent());

    rosterImport.progressed(150);
    assertEquals(77, rosterImport.percent());
    assertEquals(150, rosterImport.getProcessedRows());
  }

  @Test
  void percentDoesNotOverflowForALargeFile() {
    var rosterImport = started();
    rosterImport.validated("UTF-8", 100_000_000);

    rosterImport.progressed(50_000_000);

    assertEquals(55, rosterImport.percent());
  }

  @Test
  void doneImportIsAtHundredPercentWithItsCounts() {
    var rosterImport = started();
    rosterImport.validated("EUC-KR", 10);
    rosterImport.progressed(3);

    rosterImport.done(4, 5, 1, FINISHED);

    assertEquals(State.DONE, rosterImport.getState());
    assertTrue(rosterImport.getState().isFinished());
    assertEquals(100, rosterImport.percent());
    assertEquals(10, rosterImport.getProcessedRows());
    assertEquals(4, rosterImport.getCreatedCount());
    assertEquals(5, rosterImport.getUpdatedCount());
    assertEquals(1, rosterImport.getUnchangedCount());
    assertEquals(FINISHED, rosterImport.getFinishedAt());
  }

  @Test
  void rejectedImportIsAtHundredPercentWithItsProblemCount() {
    var rosterImport = started();

    rosterImport.rejected("UTF-8", 12, FINISHED);

    assertEquals(State.REJECTED, rosterImport.getState());
    assertTrue(rosterImport.getState().isFinished());
    assertEquals(100, rosterImport.percent());
    assertEquals(12, rosterImport.getProblemCount());
    assertEquals("UTF-8", rosterImport.getCharsetName());
    assertEquals(FINISHED, rosterImport.getFinishedAt());
  }

  @Test
  void failedImportIsAtHundredPercentWithItsReason() {
    var rosterImport = started();
    rosterImport.validated("UTF-8", 10);

    rosterImport.failed("Connection reset", FINISHED);

    assertEquals(State.FAILED, rosterImport.getState());
    assertTrue(rosterImport.getState().isFinished());
    assertEquals(100, rosterImport.percent());
    assertEquals("Connection reset", rosterImport.getFailure());
    assertEquals(FINISHED, rosterImport.getFinishedAt());
  }

  @Test
  void failureReasonIsCutToAThousandCharacters() {
    var rosterImport = started();

    rosterImport.failed("오".repeat(1500), FINISHED);

    assertEquals("오".repeat(1000), rosterImport.getFailure());
  }

  @Test
  void failureWithoutAReasonKeepsAnEmptyReason() {
    var rosterImport = started();

    rosterImport.failed(null, FINISHED);

    assertEquals("", rosterImport.getFailure());
  }

  @Test
  void longFileNameIsCutToTheColumnWidth() {
    var rosterImport = new RosterImport("인".repeat(300) + ".csv", "hr.officer", STARTED);

    assertEquals("인".repeat(255), rosterImport.getFileName());
  }
}
