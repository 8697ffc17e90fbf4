package kr.cheongnabi.alert.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
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
    String titleKo,
    String titleEn,
    LocalDate dueDate,
    AlertStage stage,
    AlertRecipient recipient,
    String address,
    AlertState state,
    String failure,
    String requestedBy,
    boolean stuck)
    implements Serializable {

  public String title(Locale locale) {
    return Bilingual.pick(locale, titleKo, titleEn);
  }

  /** When it was claimed, Korea time. */
  public LocalDateTime claimedAt() {
    return LocalDateTime.ofInstant(claimed, TrainingYear.KOREA);
  }
}
