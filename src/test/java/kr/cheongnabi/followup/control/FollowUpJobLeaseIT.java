package kr.cheongnabi.followup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import kr.cheongnabi.platform.control.JobHeartbeat;
import kr.cheongnabi.testing.InContainerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A follow-up confirmation left running by an instance that died ends failed, as stopped by its
 * server, at the next heartbeat of an instance still up; one this instance runs is stamped, and one
 * stamped a moment ago by another instance is left alone.
 */
class FollowUpJobLeaseIT extends InContainerTest {

  @EJB JobHeartbeat heartbeat;

  private final List<Long> jobs = new ArrayList<>();
  private Long mine;

  @AfterEach
  void removeJobs() {
    if (mine != null) {
      heartbeat.finished(FollowUpJobLease.KIND, mine);
    }
    jobs.forEach(id -> data.execute("DELETE FROM follow_up_job WHERE id = " + id));
  }

  @Test
  void aConfirmationWhoseServerStoppedEndsFailedAndLiveOnesGoOn() {
    var dead = running(10);
    mine = running(10);
    heartbeat.started(FollowUpJobLease.KIND, mine);
    var elsewhere = running(0);

    heartbeat.beat();

    assertEquals("FAILED " + JobHeartbeat.STOPPED, stateOf(dead));
    assertEquals(
        1,
        data.count("SELECT COUNT(*) FROM follow_up_job WHERE done_people = 120 AND id = " + dead),
        "how far it got stays shown");
    assertEquals("RUNNING -", stateOf(mine), "run by this instance");
    assertEquals(
        1,
        data.count(
            "SELECT COUNT(*) FROM follow_up_job WHERE id = "
                + mine
                + " AND heartbeat_at > DATE_SUB(UTC_TIMESTAMP(3), INTERVAL 1 MINUTE)"),
        "stamped by this instance");
    assertEquals("RUNNING -", stateOf(elsewhere), "stamped a moment ago");
  }

  private String stateOf(long id) {
    return data.text(
        "SELECT CONCAT(state, ' ', COALESCE(failure, '-')) FROM follow_up_job WHERE id = " + id);
  }

  private long running(int minutesSinceHeartbeat) {
    var id =
        data.insert(
            ("INSERT INTO follow_up_job (training_year, org_unit_id, requested_by, state,"
                    + " total_people, done_people, started_at, heartbeat_at) VALUES (2964, 1,"
                    + " 'hr', 'RUNNING', 500, 120, DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE),"
                    + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE))")
                .formatted(minutesSinceHeartbeat + 1, minutesSinceHeartbeat));
    jobs.add(id);
    return id;
  }
}
