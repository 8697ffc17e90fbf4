package kr.cheongnabi.people.boundary;

import java.io.Serializable;
import kr.cheongnabi.people.entity.RosterImport;

/** A roster import as its page shows it. */
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
    String failure)
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
        job.getFailure());
  }
}
