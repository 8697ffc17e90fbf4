package kr.cheongnabi.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.cheongnabi.testing.BrowserTest;
import kr.cheongnabi.testing.SharedResources;
import kr.cheongnabi.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A roster import whose server died is marked failed by the heartbeat of the instance still
 * running, and the import page shows HR so and lets them start again; a live one is left alone.
 */
class RosterImportLeaseIT extends BrowserTest {

  private final String live = TestData.unique("live-") + ".csv";
  private final String dead = TestData.unique("dead-") + ".csv";

  RosterImportLeaseIT() {
    super("en");
  }

  @AfterEach
  void removeImports() {
    data.execute("DELETE FROM roster_import WHERE file_name IN ('" + live + "', '" + dead + "')");
  }

  @Test
  @ResourceLock(SharedResources.ROSTER_IMPORTS)
  void anImportWhoseServerStoppedIsShownFailedAndALiveOneGoesOn() {
    var hr = account("hr", null, "HR");
    importing(live, 0);
    // As its instance left it: importing, last stamped ten minutes ago.
    importing(dead, 10);

    browser.open("/hr/import.xhtml");
    browser.signIn(hr, PASSWORD);
    browser.waitForText("#progress\\:status h2", dead);
    browser.waitForText("#progress\\:stopped", "The server running this import stopped");
    browser.screenshot("roster-import-stopped");

    assertEquals("FAILED", stateOf(dead));
    assertTrue(browser.find("#upload\\:start").isEnabled(), "HR can start again");
    assertEquals("IMPORTING", stateOf(live), "an import stamped a moment ago is not touched");
  }

  private void importing(String fileName, int minutesSinceHeartbeat) {
    data.execute(
        ("INSERT INTO roster_import (file_name, charset_name, state, total_rows, processed_rows,"
                + " started_by, started_at, heartbeat_at) VALUES ('%s', 'UTF-8', 'IMPORTING',"
                + " 20000, 5000, 'hr', DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE),"
                + " DATE_SUB(UTC_TIMESTAMP(3), INTERVAL %d MINUTE))")
            .formatted(fileName, minutesSinceHeartbeat + 1, minutesSinceHeartbeat));
  }

  private String stateOf(String fileName) {
    return data.text("SELECT state FROM roster_import WHERE file_name = '" + fileName + "'");
  }
}
