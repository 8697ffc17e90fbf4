package kr.cheongnabi.alert.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.alert.entity.AlertState;
import kr.cheongnabi.platform.entity.Bilingual;

/** One line of the integrity alert log; times in Korea time. */
public record AlertLogRow(
    long id,
    LocalDateTime claimedAt,
    LocalDateTime sentAt,
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
      LocalDateTime claimedAt,
      LocalDateTime sentAt,
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
}
