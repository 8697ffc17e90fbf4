package kr.cheongnabi.alert.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;

/**
 * One line of the integrity alert log.
 *
 * @param stuck claimed long ago and never sent or failed (see {@link AlertLog})
 */
public record AlertLogRow(
    long id,
    Instant claimed,
    Instant sent,
    long assignmentId,
    String employeeNumber,
    String employeeName,
    Bilingual title,
    LocalDate dueDate,
    AlertStage stage,
    AlertRecipient recipient,
    String address,
    AlertState state,
    String failure,
    String requestedBy,
    boolean stuck)
    implements Serializable {

  /** The row as the query reads it, the title in its two columns. */
  public AlertLogRow(
      long id,
      Instant claimedAt,
      Instant sentAt,
      long assignmentId,
      String employeeNumber,
      String employeeName,
      String titleKo,
      String titleEn,
      LocalDate dueDate,
      AlertStage stage,
      AlertRecipient recipient,
      String address,
      AlertState state,
      String failure,
      String requestedBy,
      boolean stuck) {
    this(
        id,
        claimedAt,
        sentAt,
        assignmentId,
        employeeNumber,
        employeeName,
        new Bilingual(titleKo, titleEn),
        dueDate,
        stage,
        recipient,
        address,
        state,
        failure,
        requestedBy,
        stuck);
  }

  /** When it was claimed, Korea time. */
  public LocalDateTime claimedAt() {
    return LocalDateTime.ofInstant(claimed, TrainingYear.KOREA);
  }
}
