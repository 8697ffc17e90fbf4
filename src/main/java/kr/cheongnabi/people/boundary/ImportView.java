package kr.cheongnabi.people.boundary;

import java.io.Serializable;
import kr.cheongnabi.people.entity.RosterImport;
import kr.cheongnabi.platform.control.JobHeartbeat;

/**
 * A roster import as its page shows it.
 *
 * @param stopped it failed because the server running it stopped (then the page says so in its own
 *     language, not the stored reason)
 */
public record ImportView(
    String fileName,
    String charset,
    String state,
    boolean finished,
    int percent,
    int totalRows,
    int processedRows,
    int created,
    int updated,
    int unchanged,
    int problemCount,
    String failure,
    boolean stopped)
    implements Serializable {

  static ImportView of(RosterImport job) {
    return new ImportView(
        job.getFileName(),
        job.getCharsetName(),
        job.getState().name(),
        job.getState().isFinished(),
        job.percent(),
        job.getTotalRows(),
        job.getProcessedRows(),
        job.getCreatedCount(),
        job.getUpdatedCount(),
        job.getUnchangedCount(),
        job.getProblemCount(),
        job.getFailure(),
        job.getState() == RosterImport.State.FAILED
            && JobHeartbeat.STOPPED.equals(job.getFailure()));
  }
}
