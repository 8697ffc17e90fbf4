package kr.cheongnabi.requirement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.UUID;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.testing.InContainerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An obligation run left running by an instance that died ends failed at the next heartbeat of an
 * instance still up, as the settings page reads it; a run this instance goes through is stamped,
 * and one stamped a moment ago by another instance is left alone.
 */
class ObligationRunLeaseIT extends InContainerTest {

  // Years no other test computes: each has one progress row.
  private static final int DEAD = 2961;
  private static final int MINE = 2962;
  private static final int ELSEWHERE = 2963;

  @EJB JobHeartbeat heartbeat;
  @EJB Obligations obligations;

  private final String mine = UUID.randomUUID().toString();

  @AfterEach
  void removeRuns() {
    heartbeat.finished(ObligationRunLease.KIND, mine);
    data.execute(
        "DELETE FROM obligation_run WHERE training_year IN (%d, %d, %d)"
            .formatted(DEAD, MINE, ELSEWHERE));
  }

  @Test
  void aRunWhoseServerStoppedEndsFailedAndLiveRunsGoOn() {
    running(DEAD, UUID.randomUUID().toString(), 10);
    running(MINE, mine, 10);
    heartbeat.started(ObligationRunLease.KIND, mine);
    running(ELSEWHERE, UUID.randomUUID().toString(), 0);

    heartbeat.beat();

    var dead = obligations.progress(DEAD).orElseThrow();
    assertFalse(dead.running());
    assertTrue(dead.stopped(), dead.failure());
    assertEquals(1200, dead.done(), "how far it got stays shown");
    assertTrue(obligations.progress(MINE).orElseThrow().running(), "stamped by this instance");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM obligation_run WHERE training_year = "
                + MINE
                + " AND heartbeat_at > DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 MINUTE)"));
    assertTrue(obligations.progress(ELSEWHERE).orElseThrow().running(), "stamped a moment ago");
  }

  private void running(int year, String runId, int minutesSinceHeartbeat) {
    data.execute(
        ("INSERT INTO obligation_run (training_year, run_id, started_by, started_at, heartbeat_at,"
                + " total_employees, done_employees) VALUES (%d, '%s', 'hr',"
                + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE),"
                + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE), 5000, 1200)")
            .formatted(year, runId, minutesSinceHeartbeat + 1, minutesSinceHeartbeat));
  }
}
