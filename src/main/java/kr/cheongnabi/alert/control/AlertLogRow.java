package kr.cheongnabi.alert.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
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
}
