package kr.cheongnabi.alert.control;

import java.time.LocalDate;
import java.util.Locale;
import kr.cheongnabi.alert.entity.AlertRecipient;
import kr.cheongnabi.alert.entity.AlertStage;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * One integrity alert that is due today: which assignment, stage and recipient, where it goes
 * (address null: the recipient has no email), in which language, and what it says.
 *
 * @param language the recipient's preferred language: "en" reads English, anything else Korean
 * @param moduleKey the assigned module's key, null when a session was assigned
 */
public record DueAlert(
    long assignmentId,
    AlertStage stage,
    AlertRecipient recipient,
    String address,
    String language,
    String employeeName,
    String titleKo,
    String titleEn,
    int minutes,
    LocalDate dueDate,
    String moduleKey) {

  public Locale locale() {
    return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.KOREAN;
  }

  public String title() {
    return new Bilingual(titleKo, titleEn).in(locale());
  }
}
